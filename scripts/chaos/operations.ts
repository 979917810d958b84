import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { isAppError, notFound } from "@/lib/errors";
import { cancelMilestone } from "@/lib/milestones/cancel-milestone";
import { openDispute } from "@/lib/milestones/open-dispute";
import { payBonus } from "@/lib/milestones/pay-bonus";
import { approveMilestone } from "@/lib/milestones/release-milestone";
import { releasePart } from "@/lib/milestones/release-part";
import { requestChanges } from "@/lib/milestones/request-changes";
import { resolveDispute } from "@/lib/milestones/resolve-dispute";
import { startFunding } from "@/lib/milestones/start-funding";
import { submitMilestone } from "@/lib/milestones/submit-milestone";
import type { ChaosContract } from "./chaos-contract";
import { answerOrLetLapse, endTwice, hasOpenEndRefund } from "./contract-endings";
import { payMismatchedSession, refundRandomReview } from "./mismatched-payments";
import { chargeTwiceAtOnce, DECLINING_CARD, GOOD_CARD, saveChaosCard } from "./saved-card-charges";

// The random money operations of `npm run chaos:payments`. Each picks a milestone and tries what a
// person might do to it, often at the wrong moment or twice at once; refusals (409s) are expected.

export type Tally = Record<string, { tried: number; done: number; refused: number; refusedBy: Record<string, number> }>;
type Pay = (checkoutUrl: string, card: string) => Promise<unknown>;
type Control = (path: string, body?: unknown) => Promise<unknown>;

const DECLINED = "4000000000000002";
const SUCCEEDS = "4242424242424242";

type Operation = { name: string; work: () => Promise<unknown> };

/** Mostly the natural next step for the milestone's state, sometimes any step at all (the wrong moment). */
function chooseOperation(status: string, operations: Record<string, Operation>, random: () => number): Operation {
  const natural: Record<string, string[]> = {
    PENDING: ["fund", "fund", "chargeCard", "chargeCard", "cancel", "mismatch", "replaceCard", "bonus"],
    FUNDING: ["fund", "fund", "mismatch"],
    FUNDED: ["submit", "submit", "submit", "cancel", "dispute", "releasePart", "bonus"],
    SUBMITTED: ["approve", "approve", "approve", "requestChanges", "dispute", "releasePart"],
    CHANGES_REQUESTED: ["submit", "submit", "dispute"],
    DISPUTED: ["resolve"],
  };
  const names = random() < 0.8 && natural[status] ? natural[status] : Object.keys(operations);
  return operations[names[Math.floor(random() * names.length)]];
}

/** `mismatchedSessions` collects the ids of the foreign Checkout sessions paid, for the check at the end. */
export async function runRandomOperation(
  contracts: ChaosContract[],
  admin: SessionUser,
  random: () => number,
  pay: Pay,
  tally: Tally,
  mismatchedSessions: string[],
  control: Control,
) {
  const contract = contracts[Math.floor(random() * contracts.length)];
  const milestoneId = contract.milestoneIds[Math.floor(random() * contract.milestoneIds.length)];
  const now = new Date();
  const current = await db.milestone.findUnique({ where: { id: milestoneId }, select: { status: true } });
  const operations: Record<string, Operation> = {
    fund: {
      name: "fund",
      work: async () => pay((await startFunding({ user: contract.client, milestoneId })).checkoutUrl, random() < 0.15 ? DECLINED : SUCCEEDS),
    },
    submit: {
      name: "submit",
      work: () => submitMilestone({ user: contract.expert, milestoneId, input: { note: "Delivered: see the pull request.", links: [], fileIds: [] }, now }),
    },
    approve: { name: "approve twice at once", work: () => approveTwice(contract.client, milestoneId, now) },
    requestChanges: {
      name: "request changes",
      work: () => requestChanges({ user: contract.client, milestoneId, input: { note: "Please add the missing tests." }, now }),
    },
    cancel: { name: "cancel", work: () => cancelMilestone({ user: contract.client, milestoneId, now }) },
    releasePart: { name: "release part twice at once", work: () => releasePartTwice(contract.client, milestoneId, random, now) },
    bonus: {
      name: "pay a bonus",
      work: async () => {
        const input = { amountCents: 100 + Math.floor(random() * 50_000), note: "A bonus from the chaos run." };
        await pay((await payBonus({ user: contract.client, contractId: contract.contractId, input, now })).checkoutUrl, random() < 0.15 ? DECLINED : SUCCEEDS);
      },
    },
    dispute: {
      name: "dispute",
      work: () =>
        openDispute({
          user: random() < 0.5 ? contract.client : contract.expert,
          milestoneId,
          input: { reason: "We disagree about whether the work is complete." },
        }),
    },
    resolve: { name: "resolve", work: () => resolveRandomDispute(contract.contractId, admin, random) },
    mismatch: { name: "pay a mismatched session", work: async () => mismatchedSessions.push(await payMismatchedSession(contract, milestoneId, random, pay)) },
    refundReview: { name: "refund under review", work: () => refundRandomReview(admin, random) },
    chargeCard: { name: "charge saved card twice", work: () => chargeTwiceAtOnce(milestoneId) },
    replaceCard: { name: "replace the saved card", work: () => saveChaosCard(control, contract.client, random() < 0.6 ? GOOD_CARD : DECLINING_CARD) },
    endContract: { name: "end contract twice at once", work: () => endTwice(contract, random) },
    answerEndRefund: { name: "answer an end refund", work: () => answerOrLetLapse(contract, milestoneId, random) },
  };
  // A removed (cancelled unfunded) milestone is gone: any operation on it is refused as not found.
  // Now and then a contract ends early — more often once work is submitted, so that trials ended as not the
  // right fit pay for it; a refund asked at the end is answered, or its deadline passes.
  const { name, work } =
    random() < (current?.status === "SUBMITTED" ? 0.2 : 0.02)
      ? operations.endContract
      : (await hasOpenEndRefund(milestoneId)) && random() < 0.7
        ? operations.answerEndRefund
        : chooseOperation(current?.status ?? "GONE", operations, random);
  const entry = (tally[name] ??= { tried: 0, done: 0, refused: 0, refusedBy: {} });
  entry.tried++;
  try {
    await work();
    entry.done++;
  } catch (error) {
    if (!isRefusal(error)) throw error;
    entry.refused++;
    // An end is refused for several reasons worth telling apart in the report.
    const code = isAppError(error) ? (name === operations.endContract.name ? `${error.code}: ${error.message.slice(0, 48)}` : error.code) : "CLOSED_PAGE";
    entry.refusedBy[code] = (entry.refusedBy[code] ?? 0) + 1;
  }
}

// Anything done in the wrong state is refused, and so is a payout Stripe cannot make yet (retried later).
// A partial release above what is still held is a 400 (two at once may together ask for more than is left).
const isRefusal = (reason: unknown) => isAppError(reason) && ["CONFLICT", "NOT_FOUND", "VALIDATION_FAILED", "BAD_REQUEST", "UNAVAILABLE"].includes(reason.code);

/** A double click: at most one of two concurrent approvals may win. */
async function approveTwice(client: SessionUser, milestoneId: string, now: Date) {
  const results = await Promise.allSettled([approveMilestone({ user: client, milestoneId, now }), approveMilestone({ user: client, milestoneId, now })]);
  const failures = results.flatMap((result) => (result.status === "rejected" ? [result.reason as unknown] : []));
  const unexpected = failures.find((reason) => !isRefusal(reason));
  if (unexpected) throw unexpected;
  if (failures.length === 0) throw new Error(`both concurrent approvals of ${milestoneId} succeeded`);
  if (failures.length === 2) throw failures[0];
}

/** Two partial releases at once, each of up to two thirds of what is held: together they must never exceed it. */
async function releasePartTwice(client: SessionUser, milestoneId: string, random: () => number, now: Date) {
  const milestone = await db.milestone.findUnique({ where: { id: milestoneId }, select: { amountCents: true, releasedCents: true } });
  // A cancelled unfunded milestone is gone: refused as not found, like every other operation on it.
  if (!milestone) throw notFound("Milestone");
  const held = milestone.amountCents - milestone.releasedCents;
  const amount = () => 1 + Math.floor(random() * Math.max(1, Math.floor((held * 2) / 3)));
  const results = await Promise.allSettled([
    releasePart({ user: client, milestoneId, amountCents: amount(), now }),
    releasePart({ user: client, milestoneId, amountCents: amount(), now }),
  ]);
  const failures = results.flatMap((result) => (result.status === "rejected" ? [result.reason as unknown] : []));
  const unexpected = failures.find((reason) => !isRefusal(reason));
  if (unexpected) throw unexpected;
  const after = await db.milestone.findUniqueOrThrow({ where: { id: milestoneId }, select: { amountCents: true, releasedCents: true } });
  if (after.releasedCents > after.amountCents) throw new Error(`milestone ${milestoneId} released ${after.releasedCents} of ${after.amountCents}`);
  if (failures.length === 2) throw failures[0];
}

async function resolveRandomDispute(contractId: string, admin: SessionUser, random: () => number) {
  const dispute = await db.dispute.findFirst({
    where: { contractId, status: "OPEN" },
    select: { id: true, milestone: { select: { amountCents: true, releasedCents: true } } },
  });
  if (!dispute) return;
  // A split divides what is still held: parts released before the dispute are the expert's already.
  const amount = dispute.milestone ? dispute.milestone.amountCents - dispute.milestone.releasedCents : 2;
  const roll = random();
  const input =
    roll < 0.33
      ? { outcome: "RELEASE" as const, note: "The work was delivered." }
      : roll < 0.66
        ? { outcome: "REFUND" as const, note: "The work was not delivered." }
        : { outcome: "SPLIT" as const, releaseCents: 1 + Math.floor(random() * (amount - 1)), note: "Part of the work was delivered." };
  await resolveDispute({ user: admin, disputeId: dispute.id, input, now: new Date() });
}
