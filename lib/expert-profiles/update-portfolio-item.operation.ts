import { defineOperation } from "@/lib/api/operation";
import { portfolioItemSchema } from "./api-schemas";
import { updatePortfolioItem } from "./portfolio";
import { portfolioItemChangesSchema, portfolioItemPathSchema } from "./portfolio-schemas";

export const updatePortfolioItemOperation = defineOperation({
  method: "PATCH",
  path: "/api/v1/profile/portfolio/{id}",
  summary: "Change one of your portfolio items: any of its title, description and link",
  tag: "Application",
  access: ["EXPERT"],
  input: { params: portfolioItemPathSchema, body: portfolioItemChangesSchema },
  output: { status: 200, description: "The item as saved.", schema: portfolioItemSchema },
  errors: [400, 404, 415, 422],
  handler: ({ user, params, body }) => updatePortfolioItem({ user, itemId: params.id, changes: body }),
});
