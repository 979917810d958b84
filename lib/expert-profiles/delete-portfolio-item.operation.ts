import { defineOperation } from "@/lib/api/operation";
import { deletedPortfolioItemSchema } from "./api-schemas";
import { deletePortfolioItem } from "./portfolio";
import { portfolioItemPathSchema } from "./portfolio-schemas";

export const deletePortfolioItemOperation = defineOperation({
  method: "DELETE",
  path: "/api/v1/profile/portfolio/{id}",
  summary: "Delete one of your portfolio items, with its files",
  tag: "Application",
  access: ["EXPERT"],
  input: { params: portfolioItemPathSchema },
  output: { status: 200, description: "The item is gone.", schema: deletedPortfolioItemSchema },
  errors: [400, 404],
  handler: async ({ user, params }) => {
    await deletePortfolioItem({ user, itemId: params.id });
    return { id: params.id, deleted: true as const };
  },
});
