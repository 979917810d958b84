import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { handPickExpert } from "./hand-pick-expert";
import { handPickedSchema, handPickPathSchema, handPickSchema } from "./schemas";

export const handPickExpertOperation = defineOperation({
  method: "POST",
  path: "/api/v1/admin/requests/{id}/hand-pick",
  summary: "Put an approved expert straight onto a request's shortlist (audited)",
  tag: "Admin",
  access: ["ADMIN"],
  input: { params: handPickPathSchema, body: handPickSchema },
  output: { status: 200, description: "The expert is on the shortlist; a request still matching is delivered.", schema: handPickedSchema },
  errors: [404, 409, 415, 422],
  handler: ({ user, params, body }) => handPickExpert({ user, requestId: params.id, input: body, now: now() }),
});
