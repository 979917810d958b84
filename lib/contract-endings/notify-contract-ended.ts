import type { ContractEndReason } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session";
import type { Transaction } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { notifyUsers } from "@/lib/notifications/notify";
import { companyRecipients } from "@/lib/teams/company-recipients";
import { END_REASON_LABELS } from "./reasons";

type Ended = {
  contractId: string;
  endedBy: SessionUser;
  reason: ContractEndReason;
  isTrialEnd: boolean;
  refundRequests: number;
  consentDays: number;
  now: Date;
};

/** Both sides hear it (in the app and by email); the conversation stays readable. */
export async function notifyContractEnded(tx: Transaction, ended: Ended) {
  const contract = await tx.contract.findUniqueOrThrow({
    where: { id: ended.contractId },
    select: { title: true, expertProfile: { select: { userId: true } } },
  });
  const link = `/contracts/${ended.contractId}`;
  const clientSide = await companyRecipients(tx, { contractId: ended.contractId }, ["manageContracts", "viewBilling"]);
  const what = ended.isTrialEnd
    ? "It ended in its trial: money held for work not yet approved goes back to the client, and Vetted pays the expert for work submitted in the trial."
    : "Submitted work is still approved, auto-released or disputed as usual. The conversation stays open to read.";
  await notifyUsers(tx, [...clientSide, contract.expertProfile.userId], {
    kind: "contract.ended",
    title: `Contract ended: ${contract.title}`,
    body: `${ended.endedBy.name} ended the contract (${END_REASON_LABELS[ended.reason].toLowerCase()}). ${what}`,
    link,
    dedupeKey: `contract-ended:${ended.contractId}`,
  });
  if (ended.refundRequests > 0) {
    const deadline = new Date(ended.now.getTime() + ended.consentDays * 86_400_000);
    await notifyUsers(tx, [contract.expertProfile.userId], {
      kind: "contract.end-refund-requested",
      title: `Refund requested: ${contract.title}`,
      body: `The client asks for the money held for work you have not submitted. Agree, or open a dispute, by ${formatDate(deadline)}; if you do nothing, it is refunded then.`,
      link,
      dedupeKey: `end-refund-requested:${ended.contractId}`,
    });
  }
}
