import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { countJobsByKind, sumJobCounts } from "@/lib/jobs/count-jobs";
import { listFailedJobs } from "@/lib/jobs/failed-jobs";
import { assertAdmin } from "@/lib/payments/access";
import { describeJobKind } from "./job-kind-words";
import { FAILED_JOBS_PAGE_SIZE, type JobsQuery } from "./schemas";

const DAY_MS = 86_400_000;
const MAX_PAYLOAD_LENGTH = 2_000;

export type JobsOverview = Awaited<ReturnType<typeof getJobsOverview>>;
export type FailedJob = JobsOverview["failed"]["jobs"][number];

/** The queue at a glance: each kind's jobs by state, and a page of failed jobs, the most recent failure first. */
export async function getJobsOverview({ user, query, now }: { user: SessionUser; query: JobsQuery; now: Date }) {
  assertAdmin(user);
  const retentionDays = env().JOB_RETENTION_DAYS;
  const [kinds, failed] = await Promise.all([
    countJobsByKind({ now, completedSince: new Date(now.getTime() - retentionDays * DAY_MS) }),
    listFailedJobs({ skip: (query.page - 1) * FAILED_JOBS_PAGE_SIZE, take: FAILED_JOBS_PAGE_SIZE }),
  ]);
  return {
    retentionDays,
    kinds: kinds.map((row) => ({ ...row, description: describeJobKind(row.kind) })),
    totals: sumJobCounts(kinds),
    failed: {
      jobs: failed.jobs.map(({ payload, failedAt, ...job }) => ({
        ...job,
        description: describeJobKind(job.kind),
        ...formatPayload(payload),
        // Never null for a failed job: the table's check constraint ties failedAt to the FAILED status.
        failedAt: failedAt ?? job.createdAt,
      })),
      page: query.page,
      pageSize: FAILED_JOBS_PAGE_SIZE,
      total: failed.total,
    },
  };
}

/** Indented JSON, cut short so that one odd payload cannot flood the page. */
function formatPayload(payload: Prisma.JsonValue) {
  const text = JSON.stringify(payload, null, 2);
  return text.length > MAX_PAYLOAD_LENGTH
    ? { payload: `${text.slice(0, MAX_PAYLOAD_LENGTH)}…`, isPayloadTruncated: true }
    : { payload: text, isPayloadTruncated: false };
}
