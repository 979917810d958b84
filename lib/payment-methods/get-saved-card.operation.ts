import { defineOperation } from "@/lib/api/operation";
import { savedCardViewSchema } from "./api-schemas";
import { getSavedCard } from "./saved-card";

export const getSavedCardOperation = defineOperation({
  method: "GET",
  path: "/api/v1/billing/card",
  summary: "The card the company saved for charges made while nobody is at the keyboard (owners and finance members)",
  tag: "Billing",
  access: ["CLIENT"],
  output: { status: 200, description: "The saved card (brand, last four digits, expiry), or null.", schema: savedCardViewSchema },
  errors: [403, 404],
  handler: ({ user }) => getSavedCard({ user }),
});
