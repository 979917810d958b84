import type { ContractEndReason } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session";
import type { Transaction } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { notifyUsers } from "@/lib/notifications/notify";
import { contractEndedWording, notifyBothSides } from "@/lib/notifications/party-messages";
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
    select: { title: true, company: { select: { name: true } }, expertProfile: { select: { userId: true, user: { select: { name: true } } } } },
  });
  const link = `/contracts/${ended.contractId}`;
  const clientSide = await companyRecipients(tx, { contractId: ended.contractId }, ["manageContracts", "viewBilling"]);
  const parties = { companyName: contract.company.name, expertName: contract.expertProfile.user.name };
  await notifyBothSides(
    tx,
    { client: clientSide, expert: [contract.expertProfile.userId] },
    { kind: "contract.ended", link, dedupeKey: `contract-ended:${ended.contractId}` },
    (side) =>
      contractEndedWording(side, {
        ...parties,
        contractTitle: contract.title,
        endedByName: ended.endedBy.name,
        reason: END_REASON_LABELS[ended.reason].toLowerCase(),
        isEndedInTrial: ended.isTrialEnd,
      }),
  );
  if (ended.refundRequests > 0) {
    const deadline = new Date(ended.now.getTime() + ended.consentDays * 86_400_000);
    await notifyUsers(tx, [contract.expertProfile.userId], {
      kind: "contract.end-refund-requested",
      title: `Refund requested: ${contract.title}`,
      body: `${contract.company.name} asks for the money held for work you have not submitted. Agree, or open a dispute, by ${formatDate(deadline)}; if you do nothing, it is refunded then.`,
      link,
      dedupeKey: `end-refund-requested:${ended.contractId}`,
    });
  }
}
