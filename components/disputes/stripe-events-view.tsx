import Link from "next/link";
import { DateTime } from "@/components/dashboards/date-time";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table } from "@/components/ui/table";

type StripeEventRow = { id: string; type: string; receivedAt: string; processedAt: string | null; error: string | null };

export function StripeEventsView({ events, isFailedOnly }: { events: StripeEventRow[]; isFailedOnly: boolean }) {
  return (
    <div className="mx-auto w-full max-w-6xl space-y-6 px-4 py-8 sm:px-6">
      <PageHeader
        title="Stripe events"
        description="Every webhook Stripe sent, stored by its event id and processed once by the job queue. Unprocessed events are retried with back-off."
        actions={
          <Link href={isFailedOnly ? "/admin/stripe-events" : "/admin/stripe-events?failedOnly=true"} className="text-sm font-medium text-indigo-700 underline">
            {isFailedOnly ? "Show all events" : "Show unprocessed only"}
          </Link>
        }
      />
      {events.length === 0 ? (
        <EmptyState
          title={isFailedOnly ? "Every event is processed" : "No events yet"}
          description="Events arrive when clients pay, experts finish payout setup, and money moves."
        />
      ) : (
        <Table caption={`${events.length} events, newest first`}>
          <thead className="bg-slate-50 text-xs font-semibold tracking-wide text-slate-700 uppercase">
            <tr>
              <th scope="col" className="px-4 py-2">
                Event
              </th>
              <th scope="col" className="px-4 py-2">
                Type
              </th>
              <th scope="col" className="px-4 py-2">
                Received
              </th>
              <th scope="col" className="px-4 py-2">
                Status
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {events.map((event) => (
              <tr key={event.id}>
                <td className="px-4 py-2 font-mono text-xs text-slate-800">{event.id}</td>
                <td className="px-4 py-2 text-slate-800">{event.type}</td>
                <td className="px-4 py-2 text-slate-700">
                  <DateTime value={new Date(event.receivedAt)} />
                </td>
                <td className="px-4 py-2">
                  {event.processedAt ? (
                    <Badge tone="success">Processed</Badge>
                  ) : (
                    <Badge tone={event.error ? "danger" : "warning"}>{event.error ? "Failing" : "Waiting"}</Badge>
                  )}
                  {event.error && <p className="mt-1 max-w-md text-xs break-words text-red-800">{event.error}</p>}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
