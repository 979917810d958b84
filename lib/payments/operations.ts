import type { Operation } from "@/lib/api-operation";

// The money operations are declared beside their functions (lib/payments/*.operation.ts); the Stripe
// webhook stays a route of its own (it reads the raw body to verify the signature).

export const PAYMENTS_OPERATIONS: Operation[] = [
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
