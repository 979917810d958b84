import { defineOperation } from "@/lib/api/operation";
import { disputeListSchema } from "./api-schemas";
import { listDisputes } from "./list-disputes";

export const listDisputesOperation = defineOperation({
  method: "GET",
  path: "/api/v1/admin/disputes",
  summary: "Open disputes (oldest first) and recently resolved ones",
  tag: "Admin",
  access: ["ADMIN"],
  output: { status: 200, description: "Disputes, each with its contract and its milestone's revision timeline.", schema: disputeListSchema },
  errors: [401, 403],
  handler: ({ user }) => listDisputes({ user }),
});
