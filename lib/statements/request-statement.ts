import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { enqueueJobs } from "@/lib/jobs/queue";
import type { SessionUser } from "@/lib/sessions/session-user";
import { expertProfileIdOf } from "./expert-of";
import { monthOf } from "./months";
import { readStatementData, statementFingerprint } from "./statement-data";
import { STATEMENT_VIEW_SELECT, type StatementView, toStatementView } from "./statement-view";

/**
 * Asks for the expert's statement of a month. Idempotent: while the month's ledger rows and payouts are
 * what they were when a statement was made (same fingerprint), asking again returns that statement,
 * queued, building or ready — one job per expert, month and content. When anything in the month changed
 * since (the current month goes on; a payout's status may change later), a new statement is made. A
 * failed one may be asked for again. The expert's profile row is locked while deciding, so two clicks
 * at once make one statement.
 */
export async function requestStatement({ user, month, now }: { user: SessionUser; month: string; now: Date }): Promise<StatementView> {
  const expertProfileId = expertProfileIdOf(user);
  if (month > monthOf(now))
    throw new AppError("VALIDATION_FAILED", "That month has not started yet.", { fields: { month: ["Choose this month or an earlier one."] } });
  const fingerprint = statementFingerprint(await readStatementData(expertProfileId, month));
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM expert_profiles WHERE id = ${expertProfileId} FOR UPDATE`;
    const existing = await tx.earningsStatement.findFirst({
      where: { expertProfileId, month, fingerprint, status: { not: "FAILED" } },
      orderBy: { createdAt: "desc" },
      select: STATEMENT_VIEW_SELECT,
    });
    if (existing) return toStatementView(existing);
    const created = await tx.earningsStatement.create({ data: { expertProfileId, month, fingerprint, createdAt: now }, select: STATEMENT_VIEW_SELECT });
    await enqueueJobs(tx, [
      { kind: "statements.build-statement", payload: { statementId: created.id }, runAt: now, dedupeKey: `earnings-statement:${created.id}` },
    ]);
    return toStatementView(created);
  });
}
