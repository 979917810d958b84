import { companyOf, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { notifyUsers } from "@/lib/notifications/notify";
import { clientMilestoneWhere } from "./access";
import { recordChangeRequest } from "./milestone-submissions";
import type { RequestChangesInput } from "./schemas";
import { assertMilestoneTransition } from "./transitions";

/**
 * The client side sends submitted work back with what should change, recorded on the submission's
 * round of the timeline. The automatic release stops; the expert's next submission starts a new 14 days.
 */
export async function requestChanges({ user, milestoneId, input, now }: { user: SessionUser; milestoneId: string; input: RequestChangesInput; now: Date }) {
  const { note } = input;
  const milestone = await db.milestone.findFirst({
    where: { ...clientMilestoneWhere(user, milestoneId, "approveWork"), kind: { not: "HOURLY_WEEK" } },
    select: {
      id: true,
      title: true,
      status: true,
      contract: { select: { id: true, status: true, endedAt: true, expertProfile: { select: { userId: true } } } },
    },
  });
  if (!milestone) throw notFound("Milestone");
  const { contract } = milestone;
  if (contract.status !== "ACTIVE") throw conflict("Changes are requested while the contract is active.");
  // The expert can no longer resubmit on an ended contract: the held money would have nowhere to go.
  if (contract.endedAt) throw conflict("This contract has ended: approve the submitted work or open a dispute.");
  assertMilestoneTransition(milestone.status, "CHANGES_REQUESTED", "request changes to");

  return db.$transaction(async (tx) => {
    const { count } = await tx.milestone.updateMany({
      where: { id: milestone.id, status: "SUBMITTED", contract: { status: "ACTIVE", endedAt: null } },
      data: { status: "CHANGES_REQUESTED", changesRequestedNote: note, autoReleaseAt: null },
    });
    if (!count) throw conflict("This milestone changed while you were reviewing it. Reload and try again.");
    await recordChangeRequest(tx, { milestoneId: milestone.id, note, requestedById: user.id, requestedAt: now });
    await notifyUsers(tx, [contract.expertProfile.userId], {
      kind: "milestone.changes-requested",
      title: `Changes requested: ${milestone.title}`,
      body: `The client asked for changes:\n\n${note}\n\nSubmit the milestone again when it is ready.`,
      link: `/contracts/${contract.id}`,
      dedupeKey: `milestone-changes:${milestone.id}:${now.getTime()}`,
    });
    await recordAudit(tx, {
      actorId: user.id,
      companyId: companyOf(user),
      action: "milestone.changes-requested",
      targetType: "Milestone",
      targetId: milestone.id,
      data: { contractId: contract.id },
    });
    return { id: milestone.id, status: "CHANGES_REQUESTED" as const };
  });
}
