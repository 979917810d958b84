import { idempotencyKeyFrom } from "@/lib/api/idempotency-key";
import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { createdRequestSchema, createRequestBodySchema } from "./api-schemas";
import { createRequest } from "./create-request";

export const createRequestOperation = defineOperation({
  method: "POST",
  path: "/api/v1/requests",
  summary: "Raise a hiring request: save a draft, or with submit: true create it complete and start the 8-hour matching clock",
  tag: "Requests",
  access: ["CLIENT"],
  headers: [
    { name: "Idempotency-Key", description: "Optional. A retry with the same key returns the request the first attempt created, instead of a second one." },
  ],
  input: { body: createRequestBodySchema },
  output: { status: 201, description: "The request was created (and submitted, with submit: true).", schema: createdRequestSchema },
  errors: [400, 415, 422],
  handler: ({ request, user, body }) => createRequest({ user, input: body, now: now(), idempotencyKey: idempotencyKeyFrom(request.headers) }),
});
