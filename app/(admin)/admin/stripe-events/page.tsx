import type { Metadata } from "next";
import { StripeEventsView } from "@/components/disputes/stripe-events-view";
import { requirePageUser } from "@/lib/auth/page-guard";
import { stripeEventsQuerySchema } from "@/lib/payments/api-schemas";
import { listStripeEvents } from "@/lib/payments/list-stripe-events";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Stripe events" };

type StripeEventsPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StripeEventsPage({ searchParams }: StripeEventsPageProps) {
  const user = await requirePageUser({ path: "/admin/stripe-events", roles: ["ADMIN"] });
  const query = stripeEventsQuerySchema.safeParse(await searchParams);
  const { events } = await listStripeEvents({ user, query: query.success ? query.data : stripeEventsQuerySchema.parse({}) });
  return <StripeEventsView events={events} isFailedOnly={query.success && query.data.failedOnly === true} />;
}
