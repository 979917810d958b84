import type { Operation } from "@/lib/api-operation";
import { emptyBodySchema } from "@/lib/payments/api-schemas";
import {
  cancelledMilestoneSchema,
  changesRequestedSchema,
  checkoutSchema,
  openedDisputeSchema,
  releasedSchema,
  resolvedDisputeSchema,
  submittedMilestoneSchema,
} from "./api-schemas";
import { openDisputeSchema, requestChangesSchema, resolveDisputeSchema, submitMilestoneSchema } from "./schemas";

// Tags keep the API document's grouping: hand-ins under Contracts, money under Payments, disputes under Admin.
const milestone = (action: string, summary: string, rest: Pick<Operation, "access" | "body" | "success" | "errors">): Operation => ({
  method: "post",
  path: `/api/v1/milestones/{id}/${action}`,
  summary,
  tag: "Payments",
  ...rest,
});

export const MILESTONES_OPERATIONS: Operation[] = [
  {
    method: "post",
    path: "/api/v1/milestones/{id}/submit",
    summary: "The expert submits a funded milestone (note and links); released automatically 14 days later unless the client answers",
    tag: "Contracts",
    access: "EXPERT",
    body: submitMilestoneSchema,
    success: { status: 200, description: "The milestone is waiting for the client's review.", schema: submittedMilestoneSchema },
    errors: [400, 404, 409, 415, 422],
  },
  {
    method: "post",
    path: "/api/v1/milestones/{id}/request-changes",
    summary: "The client sends submitted work back with what should change; the automatic release stops",
    tag: "Contracts",
    access: "CLIENT",
    body: requestChangesSchema,
    success: { status: 200, description: "The milestone is back with the expert.", schema: changesRequestedSchema },
    errors: [400, 404, 409, 415, 422],
  },
  milestone("fund", "Open Stripe Checkout to fund a milestone; the money is held by Vetted until you approve (a second call returns the same page)", {
    access: "CLIENT",
    body: emptyBodySchema,
    success: { status: 200, description: "Send the client to checkoutUrl.", schema: checkoutSchema },
    errors: [401, 403, 404, 409, 415, 422, 503],
  }),
  milestone("approve", "Approve submitted work: the amount minus the platform fee is transferred to the expert", {
    access: "CLIENT",
    body: emptyBodySchema,
    success: { status: 200, description: "Released; the transfer is sent.", schema: releasedSchema },
    errors: [401, 403, 404, 409, 503],
  }),
  milestone("cancel", "Cancel a milestone: an unfunded one is removed, a funded one refunded in full", {
    access: "CLIENT",
    body: emptyBodySchema,
    success: { status: 200, description: "Removed or refunded.", schema: cancelledMilestoneSchema },
    errors: [401, 403, 404, 409, 503],
  }),
  milestone("dispute", "Open a dispute on a held milestone; release is frozen until an admin resolves it", {
    access: "user",
    body: openDisputeSchema,
    success: { status: 201, description: "The dispute is open.", schema: openedDisputeSchema },
    errors: [401, 403, 404, 409, 422],
  }),
  {
    method: "get",
    path: "/api/v1/admin/disputes",
    summary: "Open disputes (oldest first) and recently resolved ones",
    tag: "Admin",
    access: "ADMIN",
    success: { status: 200, description: "Disputes." },
    errors: [401, 403],
  },
  {
    method: "post",
    path: "/api/v1/admin/disputes/{id}/resolve",
    summary: "Resolve a dispute: release, refund, or split (part transfer, part refund of the same charge)",
    tag: "Admin",
    access: "ADMIN",
    body: resolveDisputeSchema,
    success: { status: 200, description: "Resolved; the money follows.", schema: resolvedDisputeSchema },
    errors: [401, 403, 404, 409, 422, 503],
  },
];
