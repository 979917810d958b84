import { apiRoute } from "@/lib/api/route";
import { listStripeEvents } from "@/lib/payments/list-stripe-events";
import { stripeEventsQuerySchema } from "@/lib/payments/api-schemas";

export const GET = apiRoute({ access: ["ADMIN"], query: stripeEventsQuerySchema }, async ({ user, query }) => listStripeEvents({ user, query }));
