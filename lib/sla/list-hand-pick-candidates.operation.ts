import { defineOperation } from "@/lib/api/operation";
import { requestPathSchema } from "@/lib/requests/api-schemas";
import { listHandPickCandidates } from "./list-hand-pick-candidates";
import { handPickCandidatesSchema } from "./schemas";

export const listHandPickCandidatesOperation = defineOperation({
  method: "GET",
  path: "/api/v1/admin/requests/{id}/hand-pick-candidates",
  summary: "Approved, available experts covering a request's required skills and not yet on its shortlist",
  tag: "Admin",
  access: ["ADMIN"],
  input: { params: requestPathSchema },
  output: { status: 200, description: "Up to 20 candidates, best rated first.", schema: handPickCandidatesSchema },
  errors: [404],
  handler: ({ user, params }) => listHandPickCandidates({ user, requestId: params.id }),
});
