import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { requestChanges } from "@/lib/contracts/request-changes";
import { submitMilestone } from "@/lib/contracts/submit-milestone";
import { cancelMilestone } from "@/lib/payments/cancel-milestone";
import { openDispute } from "@/lib/payments/open-dispute";
import { approveMilestone } from "@/lib/payments/release-milestone";
import { resolveDispute } from "@/lib/payments/resolve-dispute";
import { startFunding } from "@/lib/payments/start-funding";

// The random money operations of `npm run chaos:payments`. Each picks a milestone and tries what a
// person might do to it, often at the wrong moment or twice at once; refusals (409s) are expected.

export type ChaosContract = { client: SessionUser; expert: SessionUser; contractId: string; milestoneIds: string[] };
export type Tally = Record<string, { tried: number; done: number; refused: number }>;
type Pay = (checkoutUrl: string, card: string) => Promise<unknown>;

const DECLINED = "4000000000000002";
const SUCCEEDS = "4242424242424242";

export async function runRandomOperation(contracts: ChaosContract[], admin: SessionUser, random: () => number, pay: Pay, tally: Tally) {
  const contract = contracts[Math.floor(random() * contracts.length)];
  const milestoneId = contract.milestoneIds[Math.floor(random() * contract.milestoneIds.length)];
  const now = new Date();
  const roll = random();
  const [name, work]: [string, () => Promise<unknown>] =
    roll < 0.3
      ? ["fund", async () => pay((await startFunding({ user: contract.client, milestoneId })).checkoutUrl, random() < 0.15 ? DECLINED : SUCCEEDS)]
      : roll < 0.45
        ? ["submit", () => submitMilestone({ user: contract.expert, milestoneId, input: { note: "Delivered: see the pull request.", links: [] }, now })]
        : roll < 0.6
          ? ["approve twice at once", () => approveTwice(contract.client, milestoneId, now)]
          : roll < 0.68
            ? ["request changes", () => requestChanges({ user: contract.client, milestoneId, input: { note: "Please add the missing tests." }, now })]
            : roll < 0.76
              ? ["cancel", () => cancelMilestone({ user: contract.client, milestoneId, now })]
              : roll < 0.84
                ? ["dispute", () => openDispute({ user: random() < 0.5 ? contract.client : contract.expert, milestoneId, input: { reason: "We disagree about whether the work is complete." } })]
                : ["resolve", () => resolveRandomDispute(contract.contractId, admin, random)];
  const entry = (tally[name] ??= { tried: 0, done: 0, refused: 0 });
  entry.tried++;
  try {
    await work();
    entry.done++;
  } catch (error) {
    if (!isRefusal(error)) throw error;
    entry.refused++;
  }
}

// Anything done in the wrong state is refused, and so is a payout Stripe cannot make yet (retried later).
const isRefusal = (reason: unknown) => isAppError(reason) && ["CONFLICT", "NOT_FOUND", "VALIDATION_FAILED", "UNAVAILABLE"].includes(reason.code);

/** A double click: at most one of two concurrent approvals may win. */
async function approveTwice(client: SessionUser, milestoneId: string, now: Date) {
  const results = await Promise.allSettled([approveMilestone({ user: client, milestoneId, now }), approveMilestone({ user: client, milestoneId, now })]);
  const failures = results.flatMap((result) => (result.status === "rejected" ? [result.reason as unknown] : []));
  const unexpected = failures.find((reason) => !isRefusal(reason));
  if (unexpected) throw unexpected;
  if (failures.length === 0) throw new Error(`both concurrent approvals of ${milestoneId} succeeded`);
  if (failures.length === 2) throw failures[0];
}

async function resolveRandomDispute(contractId: string, admin: SessionUser, random: () => number) {
  const dispute = await db.dispute.findFirst({ where: { contractId, status: "OPEN" }, select: { id: true, milestone: { select: { amountCents: true } } } });
  if (!dispute) return;
  const amount = dispute.milestone?.amountCents ?? 2;
  const roll = random();
  const input =
    roll < 0.33
      ? { outcome: "RELEASE" as const, note: "The work was delivered." }
      : roll < 0.66
        ? { outcome: "REFUND" as const, note: "The work was not delivered." }
        : { outcome: "SPLIT" as const, releaseCents: 1 + Math.floor(random() * (amount - 1)), note: "Part of the work was delivered." };
  await resolveDispute({ user: admin, disputeId: dispute.id, input, now: new Date() });
}
