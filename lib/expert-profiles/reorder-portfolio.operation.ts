import { defineOperation } from "@/lib/api/operation";
import { portfolioListSchema } from "./api-schemas";
import { reorderPortfolio } from "./portfolio";
import { portfolioOrderSchema } from "./portfolio-schemas";

export const reorderPortfolioOperation = defineOperation({
  method: "PUT",
  path: "/api/v1/profile/portfolio/order",
  summary: "Put your portfolio items in a new order: send every item's id once, first shown first",
  tag: "Application",
  access: ["EXPERT"],
  input: { body: portfolioOrderSchema },
  output: { status: 200, description: "The portfolio in its new order.", schema: portfolioListSchema },
  errors: [400, 404, 415, 422],
  handler: async ({ user, body }) => ({ items: await reorderPortfolio({ user, itemIds: body.itemIds }) }),
});
