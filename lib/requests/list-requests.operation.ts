import { defineOperation } from "@/lib/api/operation";
import { listRequestsQuerySchema, requestListSchema } from "./api-schemas";
import { listRequests } from "./list-requests";

export const listRequestsOperation = defineOperation({
  method: "GET",
  path: "/api/v1/requests",
  summary: "Your company's hiring requests, newest first, with match counts",
  tag: "Requests",
  access: ["CLIENT"],
  input: { query: listRequestsQuerySchema },
  output: { status: 200, description: "One page of requests; pass nextCursor as cursor for the next.", schema: requestListSchema },
  errors: [422],
  handler: ({ user, query }) => listRequests({ user, query }),
});
