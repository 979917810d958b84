import { defineOperation } from "@/lib/api/operation";
import { activityPageSchema, activityQuerySchema } from "./api-schemas";
import { listCompanyActivity } from "./list-activity";

export const listCompanyActivityOperation = defineOperation({
  method: "GET",
  path: "/api/v1/team/activity",
  summary: "Who in the company did what, newest first (owners only); 50 a page",
  tag: "Team",
  access: ["CLIENT"],
  input: { query: activityQuerySchema },
  output: { status: 200, description: "One page of the company's activity.", schema: activityPageSchema },
  errors: [403, 422],
  handler: ({ user, query }) => listCompanyActivity({ user, page: query.page }),
});
