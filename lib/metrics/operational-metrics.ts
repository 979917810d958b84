import { collectDefaultMetrics, Gauge, type Registry } from "prom-client";
import { chatEventHub } from "@/lib/chat/event-hub";
import { now as clockNow } from "@/lib/clock";
import { readQueueStats } from "@/lib/jobs/queue-stats";
import { readWebhookLag } from "@/lib/payments/webhook-lag";
import { countMatchingRequestsBySla } from "@/lib/sla/count-requests-by-sla";
import { metrics } from "@/lib/telemetry/registry";

// Gauges read when Prometheus scrapes: the job queue, Stripe events waiting, requests against the
// matching SLA (the database's state: every instance reports the same, so aggregate with max), this
// instance's open event streams, and Node's own process metrics.

function createGauges(registry: Registry) {
  collectDefaultMetrics({ register: registry });
  const gauge = <T extends string>(name: string, help: string, labelNames: readonly T[] = []) =>
    new Gauge<T>({ name, help, labelNames, registers: [registry] });
  return {
    jobs: gauge("vetted_job_queue_depth", "Jobs not yet done, by kind and state (due: waiting to run; running: held by a worker; scheduled: not due yet).", [
      "kind",
      "state",
    ]),
    oldestDueJob: gauge("vetted_job_oldest_due_age_seconds", "How long the oldest job waiting to run has waited, by kind.", ["kind"]),
    failedJobs: gauge("vetted_jobs_failed", "Jobs that used up their attempts and wait for a person, by kind.", ["kind"]),
    streams: gauge("vetted_sse_connections", "Event streams open on this instance."),
    unprocessedEvents: gauge("vetted_stripe_events_unprocessed", "Stored Stripe webhook events not processed yet."),
    oldestUnprocessedEvent: gauge("vetted_stripe_events_oldest_unprocessed_age_seconds", "How long the oldest unprocessed Stripe event has waited (0: none)."),
    matchingRequests: gauge("vetted_matching_requests", "Requests being matched, by SLA state (on_track, at_risk, breached).", ["sla"]),
  };
}

type Gauges = ReturnType<typeof createGauges>;
const globalForGauges = globalThis as unknown as { vettedGauges?: Gauges };

/** Reads the database-wide state into the gauges; then the registry holds a current picture. */
export async function refreshOperationalMetrics(now = clockNow()) {
  const { registry } = metrics();
  const gauges = (globalForGauges.vettedGauges ??= createGauges(registry));
  const [queue, webhooks, sla] = await Promise.all([readQueueStats(now), readWebhookLag(now), countMatchingRequestsBySla({ now })]);
  gauges.jobs.reset();
  gauges.oldestDueJob.reset();
  gauges.failedJobs.reset();
  for (const { kind, due, running, scheduled, failed, oldestDueAgeMs } of queue) {
    gauges.jobs.set({ kind, state: "due" }, due);
    gauges.jobs.set({ kind, state: "running" }, running);
    gauges.jobs.set({ kind, state: "scheduled" }, scheduled);
    gauges.oldestDueJob.set({ kind }, (oldestDueAgeMs ?? 0) / 1000);
    gauges.failedJobs.set({ kind }, failed);
  }
  gauges.streams.set(chatEventHub().subscriberCount);
  gauges.unprocessedEvents.set(webhooks.unprocessed);
  gauges.oldestUnprocessedEvent.set((webhooks.oldestAgeMs ?? 0) / 1000);
  gauges.matchingRequests.set({ sla: "on_track" }, sla.onTrack);
  gauges.matchingRequests.set({ sla: "at_risk" }, sla.atRisk);
  gauges.matchingRequests.set({ sla: "breached" }, sla.breached);
  return registry;
}
