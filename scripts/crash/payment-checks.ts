import { db } from "@/lib/db";
import { checkLedger } from "@/lib/payments/ledger-check";
import { stripe } from "@/lib/stripe";
import type { MilestoneRun } from "./payment-crashes";

// What must hold after the payout phase: exactly one Stripe transfer per released milestone (asked of
// Stripe by transfer_group), our Transfer row paid with that transfer's id, one release booking each,
// no job failed, and ledger:check with no problem at all.

export async function checkPayouts(runs: MilestoneRun[]) {
  const violations: string[] = [];
  const milestoneIds = runs.map((run) => run.milestoneId);
  const contractIds = [...new Set(runs.map((run) => run.contractId))];
  const atStripe = new Map<string, { id: string; amount: number }[]>();
  for (const contractId of contractIds) {
    for await (const transfer of stripe().transfers.list({ transfer_group: contractId, limit: 100 })) {
      const milestoneId = transfer.metadata.milestoneId ?? "(none)";
      atStripe.set(milestoneId, [...(atStripe.get(milestoneId) ?? []), { id: transfer.id, amount: transfer.amount }]);
    }
  }
  for (const key of atStripe.keys()) if (!milestoneIds.includes(key)) violations.push(`Stripe transfer for an unknown milestone ${key}`);

  let approvalsLostToCrashes = 0;
  for (const run of runs) {
    const problem = (text: string) => violations.push(`milestone ${run.milestoneId} (${run.crash}): ${text}`);
    const milestone = await db.milestone.findUniqueOrThrow({
      where: { id: run.milestoneId },
      select: { status: true, transfers: { select: { status: true, stripeTransferId: true, amountCents: true } } },
    });
    if (milestone.status !== "RELEASED") problem(`ended ${milestone.status}`);
    const theirs = atStripe.get(run.milestoneId) ?? [];
    if (theirs.length !== 1) problem(`${theirs.length} Stripe transfers`);
    if (milestone.transfers.length !== 1) problem(`${milestone.transfers.length} Transfer rows`);
    const [ours] = milestone.transfers;
    if (ours && (ours.status !== "PAID" || ours.stripeTransferId !== theirs[0]?.id || ours.amountCents !== theirs[0]?.amount)) {
      problem(`our transfer ${ours.status} ${ours.stripeTransferId} ${ours.amountCents} ≠ Stripe's ${theirs[0]?.id} ${theirs[0]?.amount}`);
    }
    const bookings = await db.ledgerTransaction.count({ where: { milestoneId: run.milestoneId, kind: "release" } });
    if (bookings !== 1) problem(`${bookings} release transactions in the ledger`);
    const fundings = await db.ledgerTransaction.count({ where: { milestoneId: run.milestoneId, kind: "funding" } });
    if (fundings !== 1) problem(`${fundings} funding transactions in the ledger`);
    const wins = run.approvals.filter((approval) => approval.status === 200).length;
    const refusals = run.approvals.filter((approval) => approval.status === 409).length;
    if (wins > 1) problem(`${wins} approvals answered 200`);
    if (wins + refusals !== run.approvals.length) problem(`approvals answered ${run.approvals.map((approval) => approval.status).join(", ")}`);
    if (run.crash === "double click, no crash" && wins !== 1)
      problem(`a double click answered ${run.approvals.map((approval) => approval.status).join(" and ")}`);
    if (run.approvals.some((approval) => approval.retries > 0)) approvalsLostToCrashes++;
  }
  // Not money, but a duplicate a person sees: each party hears once per released milestone, however often settling ran.
  for (const contractId of contractIds) {
    const expected = runs.filter((run) => run.contractId === contractId).length;
    const perUser = await db.notification.groupBy({
      by: ["userId"],
      where: { kind: "milestone.released", link: `/contracts/${contractId}` },
      _count: { _all: true },
    });
    const counts = perUser.map((entry) => entry._count._all);
    if (perUser.length !== 2 || counts.some((count) => count !== expected))
      violations.push(`contract ${contractId}: ${counts.join(" and ") || "no"} "Released" notifications for ${expected} released milestones`);
  }
  const failed = await db.job.findMany({ where: { failedAt: { not: null } }, select: { kind: true, lastError: true } });
  for (const job of failed) violations.push(`job ${job.kind} failed: ${job.lastError}`);
  const unprocessed = await db.stripeEvent.count({ where: { processedAt: null } });
  if (unprocessed) violations.push(`${unprocessed} Stripe events never processed`);
  const incomplete = await db.contract.count({ where: { id: { in: contractIds }, status: { not: "COMPLETED" } } });
  if (incomplete) violations.push(`${incomplete} contracts not COMPLETED`);
  const ledger = await checkLedger();
  for (const problem of ledger.problems) violations.push(`ledger:check: ${problem}`);
  const stripeTransfers = [...atStripe.values()].reduce((sum, list) => sum + list.length, 0);
  return { violations, tally: { milestones: runs.length, stripeTransfers, approvalsLostToCrashes, ledger } };
}
