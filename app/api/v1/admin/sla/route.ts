import { apiRoute } from "@/lib/api/route";
import { getSlaBoard } from "@/lib/sla/get-sla-board";
import { slaBoardQuerySchema } from "@/lib/sla/schemas";

export const GET = apiRoute({ access: ["ADMIN"], query: slaBoardQuerySchema }, async ({ user, query }) =>
  getSlaBoard({ user, periodDays: query.periodDays }),
);
