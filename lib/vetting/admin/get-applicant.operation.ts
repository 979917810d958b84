import { defineOperation } from "@/lib/api/operation";
import { applicantSchema } from "./api-schemas";
import { getApplicant } from "./get-applicant";
import { applicantPathSchema } from "./schemas";

export const getApplicantOperation = defineOperation({
  method: "GET",
  path: "/api/v1/admin/applicants/{id}",
  summary: "An application in full: profile, links, answers, skills, every decision with scores and internal notes, interviews",
  tag: "Vetting",
  access: ["ADMIN"],
  input: { params: applicantPathSchema },
  output: { status: 200, description: "The applicant (by expert profile id).", schema: applicantSchema },
  errors: [404],
  handler: ({ user, params }) => getApplicant({ user, expertProfileId: params.id }),
});
