import { companyOf, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { notifyUsers } from "@/lib/notifications/notify";
import { otherSide } from "./access";
import { addCaseEntry } from "./add-case-entry";
import { openCaseOfParty } from "./load-case-for-party";
import { caseLink, sideRecipients } from "./recipients";
import type { AddDisputeEvidenceInput } from "./schemas";

/** Either side adds evidence to an open case, until the admin decides; the other side is told. */
export async function addDisputeEvidence(options: { user: SessionUser; disputeId: string; input: AddDisputeEvidenceInput; now: Date }) {
  const { user, disputeId, input, now } = options;
  const { dispute, side } = await openCaseOfParty(user, disputeId);
  const entryId = await db.$transaction(async (tx) => {
    // Taken under the dispute's row lock, so evidence never lands after a decision committed.
    const { count } = await tx.dispute.updateMany({ where: { id: dispute.id, status: "OPEN" }, data: { status: "OPEN" } });
    if (!count) throw conflict("This dispute has just been decided; nothing more can be added.");
    const id = await addCaseEntry(tx, {
      disputeId: dispute.id,
      kind: "EVIDENCE",
      side,
      user,
      text: input.text,
      links: input.links,
      fileIds: input.fileIds,
      now,
    });
    await notifyUsers(tx, await sideRecipients(tx, dispute.contractId, otherSide(side)), {
      kind: "dispute.evidence-added",
      title: `New evidence in the dispute on "${dispute.contract.title}"`,
      body: `${user.name} added evidence to the dispute.`,
      link: caseLink(dispute.contractId),
    });
    await recordAudit(tx, {
      actorId: user.id,
      companyId: companyOf(user),
      action: "dispute.evidence-added",
      targetType: "Dispute",
      targetId: dispute.id,
      data: { entryId: id, files: input.fileIds.length, links: input.links.length },
    });
    return id;
  });
  return { disputeId: dispute.id, entryId };
}
