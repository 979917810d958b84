import { defineOperation } from "@/lib/api/operation";
import { scheduleInterviewSchema } from "@/lib/vetting/schemas";
import { scheduledInterviewSchema } from "./api-schemas";
import { scheduleInterview } from "./schedule-interview";
import { applicantPathSchema } from "./schemas";

export const scheduleInterviewOperation = defineOperation({
  method: "POST",
  path: "/api/v1/admin/applicants/{id}/interviews",
  summary: "Book (or move) the technical interview of an applicant in the interview stage",
  tag: "Vetting",
  access: ["ADMIN"],
  input: { params: applicantPathSchema, body: scheduleInterviewSchema },
  output: { status: 201, description: "Booked; the applicant got the time and the link.", schema: scheduledInterviewSchema },
  errors: [400, 404, 409, 415, 422],
  handler: ({ user, params, body }) => scheduleInterview({ user, expertProfileId: params.id, input: body }),
});
