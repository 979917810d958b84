import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { billingDetailsViewSchema } from "./api-schemas";
import { updateBillingDetails } from "./billing";
import { billingDetailsSchema } from "./schemas";

export const updateBillingDetailsOperation = defineOperation({
  method: "PUT",
  path: "/api/v1/billing/details",
  summary: "Owners and finance members set the billing details printed on new receipts (issued ones keep theirs)",
  tag: "Billing",
  access: ["CLIENT"],
  input: { body: billingDetailsSchema },
  output: { status: 200, description: "The billing details as saved.", schema: billingDetailsViewSchema },
  errors: [403, 404, 422],
  handler: ({ user, body, requestId }) => updateBillingDetails({ user, details: body, now: now(), requestId }),
});
