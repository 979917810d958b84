import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { db, type Transaction } from "@/lib/db";
import { AppError, conflict, notFound } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { openDisputeIn } from "@/lib/milestones/open-dispute";
import { heldCents } from "@/lib/milestones/release-part";
import { notifyUsers } from "@/lib/notifications/notify";
import { partiesOfContract } from "@/lib/notifications/party-messages";
import { settleMilestone } from "@/lib/payments/settle-milestone";
import { companyRecipients } from "@/lib/teams/company-recipients";
import { refundHeldMilestone } from "./refund-held-milestone";
import type { AnswerEndRefundInput } from "./schemas";

export const END_REFUND_REASON = "contract ended: refund of work not submitted";
const UNSUBMITTED = ["FUNDED", "CHANGES_REQUESTED"] as const;

const requestSelect = {
  id: true,
  status: true,
  consentDeadline: true,
  milestone: {
    select: {
      id: true,
      title: true,
      amountCents: true,
      releasedCents: true,
      currency: true,
      contractId: true,
      contract: { select: { title: true, platformFeeBps: true, expertProfile: { select: { userId: true } } } },
    },
  },
} as const;

/** The expert answers the refund request of an ended contract: agree (refunded at once) or dispute (an admin decides). */
export async function answerEndRefund(options: { user: SessionUser; milestoneId: string; input: AnswerEndRefundInput; now: Date }) {
  const { user, milestoneId, input, now } = options;
  if (user.role !== "EXPERT") throw new AppError("FORBIDDEN", "Only the expert of this contract answers its refund request.");
  const milestone = await db.milestone.findFirst({ where: { id: milestoneId, contract: { expertProfile: { userId: user.id } } }, select: { id: true } });
  if (!milestone) throw notFound("Milestone");
  const request = await db.endRefundRequest.findUnique({ where: { milestoneId }, select: requestSelect });
  if (!request) throw conflict("Nothing to answer: no refund was asked for this milestone when its contract ended.");
  if (request.status !== "REQUESTED") throw conflict(`This refund request was answered already (${request.status === "AGREED" ? "refunded" : "disputed"}).`);
  if (request.consentDeadline <= now)
    throw conflict(`The time to answer ended on ${formatDate(request.consentDeadline)}; the money is being refunded to the client.`);

  const result = await db.$transaction(async (tx) => {
    const answered = await tx.endRefundRequest.updateMany({
      where: { id: request.id, status: "REQUESTED", consentDeadline: { gt: now } },
      data: { status: input.decision === "AGREE" ? "AGREED" : "DISPUTED", answeredAt: now, answeredById: user.id },
    });
    if (!answered.count) throw conflict("This refund request was answered meanwhile; reload to see how.");
    if (input.decision === "DISPUTE") {
      const { disputeId } = await openDisputeIn(tx, { user, milestone: request.milestone, reason: input.reason ?? "", now });
      await recordAudit(tx, { actorId: user.id, action: "contract.end-refund-disputed", targetType: "Milestone", targetId: milestoneId, data: { disputeId } });
      return { status: "DISPUTED" as const, disputeId };
    }
    await refundAgreed(tx, request.milestone, now, { byExpert: user });
    return { status: "AGREED" as const, disputeId: null };
  });
  if (result.status === "AGREED") await settleMilestone(milestoneId);
  return { milestoneId, ...result };
}

/** The consent deadline passed without an answer: silence agrees, once, whatever the timer's retries. */
export async function agreeEndRefundBySilence(options: { milestoneId: string; now: Date }) {
  const { milestoneId, now } = options;
  const request = await db.endRefundRequest.findUnique({ where: { milestoneId }, select: requestSelect });
  if (request?.status !== "REQUESTED" || request.consentDeadline > now) return { refunded: false };
  const refunded = await db.$transaction(async (tx) => {
    const agreed = await tx.endRefundRequest.updateMany({
      where: { id: request.id, status: "REQUESTED" },
      data: { status: "AGREED", answeredAt: now, isAgreedBySilence: true },
    });
    if (!agreed.count) return false;
    if (!(await refundAgreed(tx, request.milestone, now, { byExpert: null }))) {
      // The expert opened a dispute on the milestone itself: that is their answer.
      await tx.endRefundRequest.update({ where: { id: request.id }, data: { status: "DISPUTED", isAgreedBySilence: false } });
      return false;
    }
    return true;
  });
  if (refunded) await settleMilestone(milestoneId);
  return { refunded };
}

type RequestMilestone = {
  id: string;
  title: string;
  amountCents: number;
  releasedCents: number;
  currency: string;
  contractId: string;
  contract: { title: string; platformFeeBps: number; expertProfile: { userId: string } };
};

async function refundAgreed(tx: Transaction, milestone: RequestMilestone, now: Date, { byExpert }: { byExpert: SessionUser | null }) {
  const isRefunded = await refundHeldMilestone(tx, milestone, { from: UNSUBMITTED, reason: END_REFUND_REASON, now });
  if (!isRefunded) {
    if (byExpert) throw conflict("This milestone changed meanwhile (it may be in dispute); reload to see it.");
    return false;
  }
  await recordAudit(tx, {
    actorId: byExpert?.id ?? null,
    action: "contract.end-refund-agreed",
    targetType: "Milestone",
    targetId: milestone.id,
    data: { amountCents: heldCents(milestone), isAgreedBySilence: !byExpert },
  });
  const clientSide = await companyRecipients(tx, { contractId: milestone.contractId }, ["manageContracts", "viewBilling"]);
  const { expertName } = await partiesOfContract(tx, milestone.contractId);
  await notifyUsers(tx, clientSide, {
    kind: "contract.end-refund-agreed",
    title: `Refund agreed: ${milestone.title}`,
    body: byExpert
      ? `${expertName} agreed to refund "${milestone.title}". The money is on its way back to your card.`
      : `${expertName} did not answer in time, so "${milestone.title}" is refunded. The money is on its way back to your card.`,
    link: `/contracts/${milestone.contractId}`,
    dedupeKey: `end-refund-agreed:${milestone.id}`,
  });
  return true;
}
