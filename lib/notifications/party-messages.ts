import type { Transaction } from "@/lib/db";
import { type NotificationMessage, notifyUsers } from "./notify";

// Notifications that both sides of a contract receive, worded for each reader: "you" to the reader,
// the other side by name. Pure functions, so a test can render each for either side
// (tests/unit/notification-wording.test.ts).

export type ReaderSide = "CLIENT" | "EXPERT";
export const READER_SIDES: readonly ReaderSide[] = ["CLIENT", "EXPERT"];

/** Who is on each side: the client side's names its company, the expert side the expert. */
export type Parties = { companyName: string; expertName: string };
type Wording = Pick<NotificationMessage, "title" | "body">;

export function milestoneFundedWording(
  side: ReaderSide,
  { milestoneTitle, contractTitle, ...parties }: Parties & { milestoneTitle: string; contractTitle: string },
): Wording {
  return {
    title: `Funded: ${milestoneTitle}`,
    body:
      side === "CLIENT"
        ? `Your payment for "${milestoneTitle}" (${contractTitle}) is held by Vetted until you approve ${parties.expertName}'s work.`
        : `${parties.companyName} funded "${milestoneTitle}" (${contractTitle}). The money is held by Vetted until they approve your work: you can start.`,
  };
}

export function milestoneReleasedWording(side: ReaderSide, { milestoneTitle, ...parties }: Parties & { milestoneTitle: string }): Wording {
  return {
    title: `Released: ${milestoneTitle}`,
    body:
      side === "CLIENT"
        ? `Your payment for "${milestoneTitle}" was sent to ${parties.expertName}'s Stripe account.`
        : `The payment for "${milestoneTitle}" was sent to your Stripe account, minus the platform fee.`,
  };
}

export function milestoneRefundedWording(side: ReaderSide, { milestoneTitle, ...parties }: Parties & { milestoneTitle: string }): Wording {
  return {
    title: `Refunded: ${milestoneTitle}`,
    body:
      side === "CLIENT"
        ? `The payment for "${milestoneTitle}" was refunded to your card.`
        : `The payment for "${milestoneTitle}" was refunded to ${parties.companyName}; nothing of it is paid out to you.`,
  };
}

export function partReleasedWording(
  side: ReaderSide,
  {
    milestoneTitle,
    contractTitle,
    amount,
    stillHeld,
    ...parties
  }: Parties & { milestoneTitle: string; contractTitle: string; amount: string; stillHeld: string },
): Wording {
  return {
    title: `Part released: ${amount} of ${milestoneTitle}`,
    body:
      side === "CLIENT"
        ? `${amount} of "${milestoneTitle}" (${contractTitle}) is on its way to ${parties.expertName}; ${stillHeld} stays held by Vetted until you approve the rest.`
        : `${amount} of "${milestoneTitle}" (${contractTitle}) is on its way to your Stripe account, minus the platform fee; ${stillHeld} stays held by Vetted until ${parties.companyName} approves the rest.`,
  };
}

export function bonusPaidWording(side: ReaderSide, { contractTitle, amount, ...parties }: Parties & { contractTitle: string; amount: string }): Wording {
  return {
    title: `Bonus: ${amount} on ${contractTitle}`,
    body:
      side === "CLIENT"
        ? `Your bonus of ${amount} on "${contractTitle}" was paid and is on its way to ${parties.expertName}'s Stripe account (the platform fee is deducted from their side).`
        : `${parties.companyName} paid you a bonus of ${amount} on "${contractTitle}". It is on its way to your Stripe account, minus the platform fee.`,
  };
}

export function contractEndedWording(
  side: ReaderSide,
  {
    contractTitle,
    endedByName,
    reason,
    isEndedInTrial,
    ...parties
  }: Parties & { contractTitle: string; endedByName: string; reason: string; isEndedInTrial: boolean },
): Wording {
  const trial =
    side === "CLIENT"
      ? `It ended in its trial: money held for work you have not approved comes back to you, and Vetted pays ${parties.expertName} for work submitted in the trial.`
      : `It ended in its trial: money held for work not yet approved goes back to ${parties.companyName}, and Vetted pays you for the work you submitted in the trial.`;
  const after = "Submitted work is still approved, auto-released or disputed as usual. The conversation stays open to read.";
  return { title: `Contract ended: ${contractTitle}`, body: `${endedByName} ended the contract (${reason}). ${isEndedInTrial ? trial : after}` };
}

/** The one written review, told to the other side: the writer's side named, the reader addressed. */
export function reviewWrittenWording(
  reader: ReaderSide,
  { contractTitle, closesOn, ...parties }: Parties & { contractTitle: string; closesOn: string },
): Wording {
  const writer = reader === "CLIENT" ? parties.expertName : parties.companyName;
  return {
    title: `You have been reviewed for “${contractTitle}”`,
    body: `${writer} has written a review of you. You will see it once you write yours, or on ${closesOn} when the review window closes.`,
  };
}

/** Each side gets its own wording of the same event (same kind, link and dedupe key). */
export async function notifyBothSides(
  tx: Transaction,
  recipients: { client: string[]; expert: string[] },
  message: Omit<NotificationMessage, "title" | "body">,
  wording: (side: ReaderSide) => Wording,
) {
  await notifyUsers(tx, recipients.client, { ...message, ...wording("CLIENT") });
  await notifyUsers(tx, recipients.expert, { ...message, ...wording("EXPERT") });
}

/** The names both sides are called by in a contract's notifications. */
export async function partiesOfContract(tx: Transaction, contractId: string): Promise<Parties> {
  const contract = await tx.contract.findUniqueOrThrow({
    where: { id: contractId },
    select: { company: { select: { name: true } }, expertProfile: { select: { user: { select: { name: true } } } } },
  });
  return { companyName: contract.company.name, expertName: contract.expertProfile.user.name };
}
