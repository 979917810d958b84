import type { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { assertAdmin } from "./access";
import type { stripeEventsQuerySchema } from "./api-schemas";

/** The Stripe event log: what arrived, when, whether it was processed, and the error if not. */
export async function listStripeEvents({ user, query }: { user: SessionUser; query: z.infer<typeof stripeEventsQuerySchema> }) {
  assertAdmin(user);
  const events = await db.stripeEvent.findMany({
    where: { ...(query.type && { type: query.type }), ...(query.failedOnly && { processedAt: null }) },
    orderBy: { receivedAt: "desc" },
    take: query.limit,
    select: { id: true, type: true, receivedAt: true, processedAt: true, error: true },
  });
  return {
    events: events.map((event) => ({ ...event, receivedAt: event.receivedAt.toISOString(), processedAt: event.processedAt?.toISOString() ?? null })),
  };
}
