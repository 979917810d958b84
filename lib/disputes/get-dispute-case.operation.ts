import { defineOperation } from "@/lib/api/operation";
import { casePathSchema, disputeCaseSchema } from "./api-schemas";
import { getDisputeCase } from "./get-case";

export const getDisputeCaseOperation = defineOperation({
  method: "GET",
  path: "/api/v1/disputes/{id}",
  summary: "A dispute case: both sides' statements and evidence, the response deadline, the timeline and the decision",
  tag: "Payments",
  access: ["CLIENT", "EXPERT", "ADMIN"],
  input: { params: casePathSchema },
  output: { status: 200, description: "The case.", schema: disputeCaseSchema },
  errors: [400, 401, 403, 404],
  handler: ({ user, params }) => getDisputeCase({ user, disputeId: params.id }),
});
