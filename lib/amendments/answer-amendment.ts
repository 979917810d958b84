import { companyOf, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { notifyUsers } from "@/lib/notifications/notify";
import { findContractOnSide, otherSide, recipientsOn, sideWhere } from "./contract-side";
import { lockOpenAmendment } from "./load-amendment";

// Closing a proposal without applying it: the other side declines it, or the proposing side withdraws
// it. Either way it stays in the history, and the milestone or hourly terms are free for a new proposal.

type Answer = "decline" | "withdraw";
const RESULT = { decline: "DECLINED", withdraw: "WITHDRAWN" } as const;

export async function answerAmendment(options: { user: SessionUser; contractId: string; amendmentId: string; answer: Answer; now: Date }) {
  const { user, contractId, amendmentId, answer, now } = options;
  const { side, where } = sideWhere(user, contractId);
  const contract = await findContractOnSide(where);
  if (!contract) throw notFound("Contract");

  return db.$transaction(async (tx) => {
    const amendment = await lockOpenAmendment(tx, amendmentId, contract.id);
    const isProposer = amendment.proposedBySide === side;
    if (answer === "decline" && isProposer) throw conflict("You proposed this change: withdraw it instead.");
    if (answer === "withdraw" && !isProposer) throw conflict("Only the side that proposed this change can withdraw it; you can decline it.");
    const status = RESULT[answer];
    await tx.contractAmendment.update({ where: { id: amendment.id }, data: { status, openSlot: null, respondedById: user.id, respondedAt: now } });
    const verb = answer === "decline" ? "declined" : "withdrew";
    await notifyUsers(tx, await recipientsOn(tx, otherSide(side), contract.id), {
      kind: answer === "decline" ? "amendment.declined" : "amendment.withdrawn",
      title: `Change ${answer === "decline" ? "declined" : "withdrawn"}: ${contract.title}`,
      body: `${user.name} ${verb} the proposed change; the contract's terms stay as they were.`,
      link: `/contracts/${contract.id}`,
      dedupeKey: `amendment-${answer}:${amendment.id}`,
    });
    await recordAudit(tx, {
      actorId: user.id,
      companyId: companyOf(user),
      action: answer === "decline" ? "amendment.declined" : "amendment.withdrawn",
      targetType: "Contract",
      targetId: contract.id,
      data: { amendmentId: amendment.id, kind: amendment.kind },
    });
    return { id: amendment.id, status };
  });
}
