import { defineOperation } from "@/lib/api/operation";
import { billingDetailsViewSchema } from "./api-schemas";
import { getBillingDetails } from "./billing";

export const getBillingDetailsOperation = defineOperation({
  method: "GET",
  path: "/api/v1/billing/details",
  summary: "The company's billing details as printed on its receipts (owners and finance members)",
  tag: "Billing",
  access: ["CLIENT"],
  output: { status: 200, description: "The billing details.", schema: billingDetailsViewSchema },
  errors: [403, 404],
  handler: ({ user }) => getBillingDetails({ user }),
});
