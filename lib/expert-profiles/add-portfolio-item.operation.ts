import { defineOperation } from "@/lib/api/operation";
import { portfolioItemSchema } from "./api-schemas";
import { addPortfolioItem } from "./portfolio";
import { MAX_PORTFOLIO_ITEMS, portfolioItemInputSchema } from "./portfolio-schemas";

export const addPortfolioItemOperation = defineOperation({
  method: "POST",
  path: "/api/v1/profile/portfolio",
  summary: `Add a portfolio item (title, description, an http(s) link) at the end of your portfolio; at most ${MAX_PORTFOLIO_ITEMS}`,
  tag: "Application",
  access: ["EXPERT"],
  input: { body: portfolioItemInputSchema },
  output: { status: 201, description: "The item was added.", schema: portfolioItemSchema },
  errors: [400, 404, 409, 415, 422],
  handler: ({ user, body }) => addPortfolioItem({ user, input: body }),
});
