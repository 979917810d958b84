import { apiRoute } from "@/lib/api/route";
import { getVettingFunnel } from "@/lib/vetting/admin/get-vetting-funnel";
import { vettingFunnelQuerySchema } from "@/lib/vetting/admin/schemas";

export const GET = apiRoute({ access: ["ADMIN"], query: vettingFunnelQuerySchema }, async ({ user, query }) =>
  getVettingFunnel({ user, periodDays: query.periodDays }),
);
