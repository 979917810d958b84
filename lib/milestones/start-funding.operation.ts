import { defineOperation } from "@/lib/api/operation";
import { emptyBodySchema } from "@/lib/api/schemas";
import { checkoutSchema, milestonePathSchema } from "./api-schemas";
import { startFunding } from "./start-funding";

export const startFundingOperation = defineOperation({
  method: "POST",
  path: "/api/v1/milestones/{id}/fund",
  summary: "Open Stripe Checkout to fund a milestone; the money is held by Vetted until you approve (a second call returns the same page)",
  tag: "Payments",
  access: ["CLIENT"],
  input: { params: milestonePathSchema, body: emptyBodySchema },
  output: { status: 200, description: "Send the client to checkoutUrl.", schema: checkoutSchema },
  errors: [400, 401, 403, 404, 409, 415, 422, 503],
  handler: ({ user, params }) => startFunding({ user, milestoneId: params.id }),
});
