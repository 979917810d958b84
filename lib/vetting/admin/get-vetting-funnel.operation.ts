import { defineOperation } from "@/lib/api/operation";
import { vettingFunnelSchema } from "./api-schemas";
import { getVettingFunnel } from "./get-vetting-funnel";
import { vettingFunnelQuerySchema } from "./schemas";

export const getVettingFunnelOperation = defineOperation({
  method: "GET",
  path: "/api/v1/admin/vetting/funnel",
  summary: "The vetting funnel over a period: entries per stage, pass rates, median time in stage, approval rate",
  tag: "Vetting",
  access: ["ADMIN"],
  input: { query: vettingFunnelQuerySchema },
  output: { status: 200, description: "The funnel.", schema: vettingFunnelSchema },
  errors: [422],
  handler: ({ user, query }) => getVettingFunnel({ user, periodDays: query.periodDays }),
});
