import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { bonusCheckoutSchema, bonusContractPathSchema } from "./api-schemas";
import { payBonus } from "./pay-bonus";
import { payBonusSchema } from "./schemas";

export const payBonusOperation = defineOperation({
  method: "POST",
  path: "/api/v1/contracts/{id}/bonuses",
  summary: "Pay the expert a bonus through Stripe Checkout; it is released to them (fee deducted) as soon as the payment is confirmed",
  tag: "Payments",
  access: ["CLIENT"],
  input: { params: bonusContractPathSchema, body: payBonusSchema },
  output: { status: 200, description: "Send the client to checkoutUrl.", schema: bonusCheckoutSchema },
  errors: [400, 401, 403, 404, 409, 415, 422, 503],
  handler: ({ user, params, body }) => payBonus({ user, contractId: params.id, input: body, now: now() }),
});
