import { defineOperation } from "@/lib/api/operation";
import { adminSearchSchema } from "./api-schemas";
import { adminSearchQuerySchema } from "./schemas";
import { searchAdmin } from "./search-admin";

export const searchAdminOperation = defineOperation({
  method: "GET",
  path: "/api/v1/admin/search",
  summary: 'Users, experts and requests by name, email, skill, headline, title or company, closest first; typos are fine ("pyhton"); 20 a page',
  tag: "Admin",
  access: ["ADMIN"],
  input: { query: adminSearchQuerySchema },
  output: { status: 200, description: "One page of results.", schema: adminSearchSchema },
  errors: [422],
  handler: ({ user, query }) => searchAdmin({ user, query }),
});
