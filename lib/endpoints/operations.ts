import type { Operation } from "@/lib/api-operation";
import { CONTRACTS_OPERATIONS } from "@/lib/contracts/operations";
import { MILESTONES_OPERATIONS } from "@/lib/milestones/operations";
import { PAYMENTS_OPERATIONS } from "@/lib/payments/operations";
import { ADMIN_OPERATIONS } from "@/lib/admin/operations";
import { healthSchema } from "@/lib/api/schemas";

// Every HTTP operation we publish. The OpenAPI document is generated from this list, and a test
// fails when a route handler under app/api/v1 is missing from it.

export const OPERATIONS: Operation[] = [
  {
    method: "get",
    path: "/api/health",
    summary: "Liveness and database reachability",
    tag: "System",
    access: "public",
    success: { status: 200, description: "The app and its database answer.", schema: healthSchema },
    errors: [503],
  },
  ...CONTRACTS_OPERATIONS,
  ...MILESTONES_OPERATIONS,
  ...PAYMENTS_OPERATIONS,
  ...ADMIN_OPERATIONS,
];
