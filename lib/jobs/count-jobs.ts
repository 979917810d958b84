import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { JOB_STATES, type JobState } from "./job-state";
import { isJobKind, JOB_KINDS } from "./kinds";

export type JobCounts = Record<JobState, number>;

const countsOf = (value: (state: JobState) => number) => Object.fromEntries(JOB_STATES.map((state) => [state, value(state)])) as JobCounts;

export const sumJobCounts = (rows: JobCounts[]) => countsOf((state) => rows.reduce((sum, row) => sum + row[state], 0));

/**
 * How many jobs of each kind are in each state (job-state.ts says which is which), counting completed
 * jobs only from `completedSince` on. Every declared kind is listed, then any stored kind no longer
 * declared (a retired kind's leftovers).
 */
export async function countJobsByKind({ now, completedSince }: { now: Date; completedSince: Date }) {
  const isLeased = Prisma.sql`("lockedUntil" IS NOT NULL AND "lockedUntil" >= ${now})`;
  const rows = await db.$queryRaw<({ kind: string } & Record<JobState, bigint>)[]>(Prisma.sql`
    SELECT kind,
      count(*) FILTER (WHERE status = 'QUEUED' AND NOT ${isLeased} AND "runAt" > ${now}) AS scheduled,
      count(*) FILTER (WHERE status = 'QUEUED' AND NOT ${isLeased} AND "runAt" <= ${now}) AS due,
      count(*) FILTER (WHERE status = 'QUEUED' AND ${isLeased}) AS running,
      count(*) FILTER (WHERE status = 'FAILED') AS failed,
      count(*) FILTER (WHERE status = 'COMPLETED') AS completed
    FROM jobs
    WHERE status <> 'COMPLETED' OR "doneAt" >= ${completedSince}
    GROUP BY kind`);
  const counted = new Map(rows.map((row) => [row.kind, countsOf((state) => Number(row[state]))]));
  const retiredKinds = [...counted.keys()].filter((kind) => !isJobKind(kind)).sort();
  return [...JOB_KINDS, ...retiredKinds].map((kind) => ({ kind, ...(counted.get(kind) ?? countsOf(() => 0)) }));
}
