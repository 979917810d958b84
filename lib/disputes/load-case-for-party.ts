import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { caseWhere, sideOf } from "./access";

/** The open case a party acts in, and the side they act for: a 404 for anyone else, a 409 once decided. */
export async function openCaseOfParty(user: SessionUser, disputeId: string) {
  const side = sideOf(user);
  const dispute = await db.dispute.findFirst({
    where: caseWhere(user, disputeId),
    select: { id: true, status: true, openerSide: true, contractId: true, readyForDecisionAt: true, contract: { select: { title: true } } },
  });
  if (!dispute) throw notFound("Dispute");
  if (dispute.status !== "OPEN") throw conflict("This dispute has been decided; nothing more can be added.");
  if (!dispute.openerSide) throw conflict("This is a card chargeback: the card issuer decides it, and there is no case to add to here.");
  return { dispute: { ...dispute, openerSide: dispute.openerSide }, side };
}
