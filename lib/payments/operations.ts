import type { Operation } from "@/lib/api-operation";
import { emptyBodySchema, reviewRefundSchema, stripeEventListSchema, stripeEventsQuerySchema } from "./api-schemas";

// Funding, approving, cancelling and disputing a milestone are milestone operations (lib/milestones/operations.ts).

export const PAYMENTS_OPERATIONS: Operation[] = [
  {
    method: "post",
    path: "/api/v1/admin/payments/{id}/refund",
    summary: "Refund a payment held for review (Stripe took money that did not match it) to the card it came from (audited)",
    tag: "Admin",
    access: "ADMIN",
    body: emptyBodySchema,
    success: { status: 200, description: "The refund is decided and sent; refundStatus says whether Stripe confirmed it yet.", schema: reviewRefundSchema },
    errors: [401, 403, 404, 409, 415, 422, 503],
  },
  {
    method: "get",
    path: "/api/v1/admin/stripe-events",
    summary: "The Stripe webhook event log",
    tag: "Admin",
    access: "ADMIN",
    query: stripeEventsQuerySchema,
    success: { status: 200, description: "Events, newest first.", schema: stripeEventListSchema },
    errors: [401, 403, 422],
  },
  {
    method: "post",
    path: "/api/webhooks/stripe",
    summary: "Stripe webhooks: verified by signature on the raw body, stored by event id, processed once by the job queue",
    tag: "Payments",
    access: "public",
    success: { status: 200, description: "Received (or already received)." },
    errors: [400],
  },
];
