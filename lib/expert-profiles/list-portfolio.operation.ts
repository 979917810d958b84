import { defineOperation } from "@/lib/api/operation";
import { portfolioListSchema } from "./api-schemas";
import { listOwnPortfolio } from "./portfolio";

export const listPortfolioOperation = defineOperation({
  method: "GET",
  path: "/api/v1/profile/portfolio",
  summary: "Your portfolio items, in the order your profile shows them",
  tag: "Application",
  access: ["EXPERT"],
  output: { status: 200, description: "The portfolio.", schema: portfolioListSchema },
  handler: async ({ user }) => ({ items: await listOwnPortfolio(user) }),
});
