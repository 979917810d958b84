import type { RequestStatus } from "@/generated/prisma/enums";
import { requireVerifiedEmail } from "@/lib/accounts/require-verified-email";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { db, type Transaction } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { closeRequestInterviews } from "@/lib/interviews/close-interviews";
import { lockRequest } from "@/lib/matching/lock-request";
import { assertRequestTransition } from "@/lib/matching/transitions";
import { notifyUsers } from "@/lib/notifications/notify";
import { companyRecipients } from "@/lib/teams/company-recipients";
import { seatChatMembers } from "@/lib/teams/conversation-seats";
import { expertContractWhere } from "./access";
import { CANCELLED_PROPOSAL, cancelProposal, throwProposalConflict } from "./cancel-proposal";
import { trialEndsAtFor } from "./open-for-work";
import type { DeclineContractInput } from "./schemas";

/** Accepting takes nothing more; declining takes the reason the client is told. */
type Answer = { decision: "ACCEPT" } | { decision: "DECLINE"; input: DeclineContractInput };

type Proposal = { id: string; title: string; requestId: string; matchId: string | null; clientUserId: string; expertUserId: string; expertName: string };

/**
 * The contract's expert accepts a proposal (they are hired: the request closes its shortlist) or
 * declines it with a reason (the client may propose again or pick someone else).
 */
export async function respondToProposal(options: { user: SessionUser; contractId: string; now: Date } & Answer) {
  const { user, contractId, now } = options;
  const isAccept = options.decision === "ACCEPT";
  const reason = options.decision === "DECLINE" ? options.input.reason : null;
  const row = await db.contract.findFirst({
    where: expertContractWhere(user, contractId),
    select: {
      id: true,
      title: true,
      requestId: true,
      matchId: true,
      clientUserId: true,
      expertProfile: { select: { userId: true, user: { select: { name: true } } } },
    },
  });
  if (!row) throw notFound("Contract");
  if (isAccept) await requireVerifiedEmail(db, user.id);
  const { expertProfile, ...fields } = row;
  const proposal: Proposal = { ...fields, expertUserId: expertProfile.userId, expertName: expertProfile.user.name };

  return db.$transaction(async (tx) => {
    // Accepting changes the request, so every answer on a request lines up behind its lock.
    const requestStatus = await lockRequest(tx, proposal.requestId);
    if (isAccept) {
      await hire(tx, proposal, requestStatus, now);
    } else {
      await cancelProposal(tx, proposal.id, now, "decline");
      await notifyUsers(tx, await companyRecipients(tx, { contractId: proposal.id }, ["manageContracts"]), {
        kind: "contract.declined",
        title: `${proposal.expertName} declined “${proposal.title}”`,
        body: `Their reason: ${reason}\n\nThey stay on your shortlist: you can propose different terms or hire someone else.`,
        link: `/client/requests/${proposal.requestId}`,
        dedupeKey: `contract-declined:${proposal.id}`,
      });
    }
    await recordAudit(tx, {
      actorId: user.id,
      action: isAccept ? "contract.accepted" : "contract.declined",
      targetType: "Contract",
      targetId: proposal.id,
      data: isAccept ? {} : { reason },
    });
    return isAccept ? { id: proposal.id, status: "ACTIVE" as const } : { id: proposal.id, status: "CANCELLED" as const };
  });
}

/**
 * PROPOSED → ACTIVE; the match is HIRED, the rest of the shortlist PASSED (with any proposals still
 * open to them), the request HIRED, their interviews cancelled, and the shortlist conversation becomes the contract's.
 */
async function hire(tx: Transaction, proposal: Proposal, requestStatus: RequestStatus | null, now: Date) {
  if (!requestStatus) throw notFound("Request");
  assertRequestTransition(requestStatus, "HIRED");
  const accepted = await tx.contract.updateMany({
    where: { id: proposal.id, status: "PROPOSED" },
    data: { status: "ACTIVE", acceptedAt: now, trialEndsAt: trialEndsAtFor(now) },
  });
  if (!accepted.count) await throwProposalConflict(tx, proposal.id, "accept");
  const { matchId } = proposal;
  const hired = matchId ? await tx.match.updateMany({ where: { id: matchId, status: "SHORTLISTED" }, data: { status: "HIRED" } }) : { count: 0 };
  if (!matchId || !hired.count) throw conflict(`${proposal.expertName} is no longer on this request's shortlist.`);

  const others = await tx.match.findMany({
    where: { requestId: proposal.requestId, status: "SHORTLISTED" },
    select: { id: true, expertProfile: { select: { userId: true } } },
  });
  await tx.match.updateMany({ where: { id: { in: others.map((match) => match.id) }, status: "SHORTLISTED" }, data: { status: "PASSED" } });
  await tx.contract.updateMany({ where: { requestId: proposal.requestId, status: "PROPOSED" }, data: CANCELLED_PROPOSAL(now) });
  const request = await tx.hiringRequest.updateMany({ where: { id: proposal.requestId, status: "MATCHED" }, data: { status: "HIRED" } });
  if (!request.count) throw conflict("This request changed while you were accepting. Reload and try again.");

  await closeRequestInterviews(tx, proposal.requestId, { why: "EXPERT_HIRED", hiredMatchId: matchId, hiredName: proposal.expertName }, now);

  const linked = await tx.conversation.updateMany({ where: { matchId }, data: { contractId: proposal.id } });
  if (!linked.count) await openContractConversation(tx, { ...proposal, matchId }, now);

  const { title } = await tx.hiringRequest.findUniqueOrThrow({ where: { id: proposal.requestId }, select: { title: true } });
  await notifyUsers(
    tx,
    others.map((match) => match.expertProfile.userId),
    {
      kind: "shortlist.passed",
      title: `An update on “${title}”`,
      body: "The client chose another expert for this request. Thank you for your time and your answers; we will keep matching you with new work.",
      dedupeKey: `passed:${proposal.requestId}`,
    },
  );
  await notifyUsers(tx, await companyRecipients(tx, { contractId: proposal.id }, ["manageContracts", "fund"]), {
    kind: "contract.accepted",
    title: `${proposal.expertName} accepted “${proposal.title}”`,
    body: "The contract is active. Fund the first milestone so work can start; the money is held by Vetted until you approve.",
    link: `/contracts/${proposal.id}`,
    dedupeKey: `contract-accepted:${proposal.id}`,
  });
}

/** An expert who joined the shortlist after it was delivered has no conversation yet: the contract opens one. */
async function openContractConversation(tx: Transaction, proposal: Proposal & { matchId: string }, now: Date) {
  const conversation = await tx.conversation.create({
    data: {
      requestId: proposal.requestId,
      matchId: proposal.matchId,
      contractId: proposal.id,
      createdAt: now,
      participants: {
        create: [
          { userId: proposal.clientUserId, joinedAt: now },
          { userId: proposal.expertUserId, joinedAt: now },
        ],
      },
    },
    select: { id: true },
  });
  await seatChatMembers(tx, [conversation.id], now);
}
