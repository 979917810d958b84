import type { Operation } from "@/lib/api-operation";
import { emptyBodySchema } from "@/lib/payments/api-schemas";
import { applicationSchema } from "./application/api-schemas";
import { updateProfileSchema } from "./application/profile-schema";
import { saveApplicationStepSchema } from "./schemas";

export const APPLICATION_OPERATIONS: Operation[] = [
  {
    method: "get",
    path: "/api/v1/application",
    summary: "The signed-in expert's application: each step's saved values, what is missing, its stage, vetting history and next interview",
    tag: "Application",
    access: "EXPERT",
    success: { status: 200, description: "The application.", schema: applicationSchema },
    errors: [404],
  },
  {
    method: "put",
    path: "/api/v1/application/steps",
    summary: "Save one step of a draft application; the skills step replaces the whole skill set",
    tag: "Application",
    access: "EXPERT",
    body: saveApplicationStepSchema,
    success: { status: 200, description: "The step was saved.", schema: applicationSchema },
    errors: [400, 404, 409, 415, 422],
  },
  {
    method: "post",
    path: "/api/v1/application/submit",
    summary: "Submit the draft for screening; every step must be complete (a 422 lists each step's problems)",
    tag: "Application",
    access: "EXPERT",
    body: emptyBodySchema,
    success: { status: 200, description: "Submitted: admins are notified and the applicant gets a confirmation email.", schema: applicationSchema },
    errors: [400, 404, 409, 415, 422],
  },
  {
    method: "post",
    path: "/api/v1/application/reapply",
    summary: "After a rejection and its cool-off, start a new application from the old one",
    tag: "Application",
    access: "EXPERT",
    body: emptyBodySchema,
    success: { status: 200, description: "A draft application again (APPLIED, not submitted).", schema: applicationSchema },
    errors: [400, 404, 409, 415],
  },
  {
    method: "patch",
    path: "/api/v1/profile",
    summary: "An approved expert updates their profile: headline, bio, rate, availability, timezone, links and skills; matching uses it at once",
    tag: "Application",
    access: "EXPERT",
    body: updateProfileSchema,
    success: { status: 200, description: "The profile was saved.", schema: applicationSchema },
    errors: [400, 404, 409, 415, 422],
  },
];
