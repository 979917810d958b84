import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { milestonePathSchema, partReleasedSchema } from "./api-schemas";
import { releasePart } from "./release-part";
import { releasePartSchema } from "./schemas";

export const releasePartOperation = defineOperation({
  method: "POST",
  path: "/api/v1/milestones/{id}/release-part",
  summary: "Release part of a funded milestone to the expert now (fee on that part); the rest stays held",
  tag: "Payments",
  access: ["CLIENT"],
  input: { params: milestonePathSchema, body: releasePartSchema },
  output: { status: 200, description: "The part is released; the transfer is sent.", schema: partReleasedSchema },
  errors: [400, 401, 403, 404, 409, 415, 422, 503],
  handler: ({ user, params, body }) => releasePart({ user, milestoneId: params.id, amountCents: body.amountCents, now: now() }),
});
