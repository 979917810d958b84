import { Prisma } from "@/generated/prisma/client";
import type { VettingStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session";
import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { REVIEW_STAGES } from "@/lib/vetting/transitions";
import { assertVettingAdmin } from "./access";
import { summarizeVettingFunnel } from "./funnel-statistics";
import { DEFAULT_FUNNEL_PERIOD_DAYS } from "./schemas";

const DAY_MS = 86_400_000;

export type VettingFunnel = Awaited<ReturnType<typeof getVettingFunnel>>;

type DecisionRow = { fromStatus: VettingStatus; toStatus: VettingStatus; millisecondsInStage: number | null };

/** Admins only: the vetting funnel over the `periodDays` before now, from the decisions made in it. */
export async function getVettingFunnel(options: { user: SessionUser; periodDays?: number; now?: Date }) {
  const { user, periodDays = DEFAULT_FUNNEL_PERIOD_DAYS, now = clockNow() } = options;
  assertVettingAdmin(user);
  const from = new Date(now.getTime() - periodDays * DAY_MS);

  // A stage is entered at the decision before (found through the (expertProfileId, createdAt) index);
  // APPLIED on submitting, known only for the latest application, hence the checks on submittedAt.
  const [submittedCount, decisions] = await Promise.all([
    db.expertProfile.count({ where: { submittedAt: { gte: from, lte: now } } }),
    db.$queryRaw<DecisionRow[]>(Prisma.sql`
      SELECT d."fromStatus"::text AS "fromStatus", d."toStatus"::text AS "toStatus",
        (extract(epoch FROM d."createdAt" - CASE
          WHEN d."fromStatus" <> 'APPLIED' THEN d.previous
          WHEN ep."submittedAt" <= d."createdAt" AND (d.previous IS NULL OR ep."submittedAt" >= d.previous) THEN ep."submittedAt"
        END) * 1000)::float8 AS "millisecondsInStage"
      FROM (
        SELECT vd.*, (SELECT max(p."createdAt") FROM vetting_decisions p WHERE p."expertProfileId" = vd."expertProfileId" AND p."createdAt" < vd."createdAt") AS previous
        FROM vetting_decisions vd
        WHERE vd."createdAt" >= ${from} AND vd."createdAt" <= ${now} AND vd."fromStatus" = ANY(${[...REVIEW_STAGES]}::"VettingStatus"[])
      ) d
      JOIN expert_profiles ep ON ep.id = d."expertProfileId"`),
  ]);

  return { periodDays, from, to: now, ...summarizeVettingFunnel({ submittedCount, decisions }) };
}
