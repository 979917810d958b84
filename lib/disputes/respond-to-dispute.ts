import { companyOf, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { notifyAdmins, notifyUsers } from "@/lib/notifications/notify";
import { addCaseEntry } from "./add-case-entry";
import { openCaseOfParty } from "./load-case-for-party";
import { adminCaseLink, caseLink, sideRecipients } from "./recipients";
import type { RespondToDisputeInput } from "./schemas";

/**
 * The side that did not open the dispute gives its statement and evidence, once, until the admin
 * decides (a late response after a silent deadline is still taken). The case is then ready for the
 * admin's decision. Guarded by respondedAt, so a double submit records one response.
 */
export async function respondToDispute(options: { user: SessionUser; disputeId: string; input: RespondToDisputeInput; now: Date }) {
  const { user, disputeId, input, now } = options;
  const { dispute, side } = await openCaseOfParty(user, disputeId);
  if (dispute.openerSide === side) throw conflict("Your side opened this dispute: the other side responds. Add evidence instead.");
  await db.$transaction(async (tx) => {
    const { count } = await tx.dispute.updateMany({ where: { id: dispute.id, status: "OPEN", respondedAt: null }, data: { respondedAt: now } });
    if (!count) throw conflict("Your side has already responded to this dispute; add evidence instead.");
    await tx.dispute.updateMany({ where: { id: dispute.id, readyForDecisionAt: null }, data: { readyForDecisionAt: now } });
    await addCaseEntry(tx, { disputeId: dispute.id, kind: "RESPONSE", side, user, text: input.statement, links: input.links, fileIds: input.fileIds, now });
    await notifyUsers(tx, await sideRecipients(tx, dispute.contractId, dispute.openerSide), {
      kind: "dispute.responded",
      title: `Response to your dispute on "${dispute.contract.title}"`,
      body: `${user.name} responded to the dispute. An admin now decides; you can still add evidence until then.`,
      link: caseLink(dispute.contractId),
    });
    await notifyAdmins(tx, {
      kind: "dispute.ready",
      title: `Dispute ready to decide: ${dispute.contract.title}`,
      body: "Both sides have given their statement.",
      link: adminCaseLink(dispute.id),
      dedupeKey: `dispute-ready:${dispute.id}`,
    });
    await recordAudit(tx, {
      actorId: user.id,
      companyId: companyOf(user),
      action: "dispute.responded",
      targetType: "Dispute",
      targetId: dispute.id,
      data: { files: input.fileIds.length, links: input.links.length, late: dispute.readyForDecisionAt !== null },
    });
  });
  return { disputeId: dispute.id, respondedAt: now.toISOString() };
}
