import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/payments/access";
import { checkLedger } from "@/lib/payments/ledger-check";
import { callStripe } from "@/lib/payments/stripe-call";

/** `npm run ledger:check` from the console: every money invariant, then our books against Stripe. Audited with the number of differences. */
export async function runLedgerCheck({ user, now, httpRequestId }: { user: SessionUser; now: Date; httpRequestId?: string }) {
  assertAdmin(user);
  const report = await callStripe("compare the ledger with Stripe", () => checkLedger());
  await recordAudit(db, {
    actorId: user.id,
    action: "ledger.checked",
    targetType: "Ledger",
    targetId: "all",
    data: { differences: report.problems.length },
    requestId: httpRequestId ?? null,
  });
  return { checkedAt: now, ...report };
}
