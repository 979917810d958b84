import { defineOperation } from "@/lib/api/operation";
import { interviewResultsSchema } from "@/lib/vetting/schemas";
import { recordedInterviewSchema } from "./api-schemas";
import { recordInterview } from "./record-interview";
import { interviewPathSchema } from "./schemas";

export const recordInterviewOperation = defineOperation({
  method: "POST",
  path: "/api/v1/admin/applicants/{id}/interviews/{interviewId}/results",
  summary: "Record an interview's result per skill; passed skills become verified",
  tag: "Vetting",
  access: ["ADMIN"],
  input: { params: interviewPathSchema, body: interviewResultsSchema },
  output: { status: 200, description: "The interview is complete.", schema: recordedInterviewSchema },
  errors: [400, 404, 409, 415, 422],
  handler: ({ user, params, body }) => recordInterview({ user, expertProfileId: params.id, interviewId: params.interviewId, input: body }),
});
