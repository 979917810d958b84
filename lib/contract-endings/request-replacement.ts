import { companyOf, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { clientContractWhere } from "@/lib/contracts/access";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { type MatchingConfig, matchingConfig } from "@/lib/matching/config";
import { lockRequest } from "@/lib/matching/lock-request";
import { scheduleMatching } from "@/lib/matching/schedule-matching";
import { notifyAdmins } from "@/lib/notifications/notify";

/**
 * "Find me a replacement": after a contract ended as not the right fit, its request re-enters matching
 * with a new 8-hour clock, marked as a replacement of that contract; matching never invites the ended
 * contract's expert again for it. Once per ended contract, by a member who manages contracts, and only
 * while the request is still open (HIRED): a closed or cancelled request is a 409.
 */
export async function requestReplacement(options: { user: SessionUser; contractId: string; now: Date; config?: MatchingConfig }) {
  const { user, contractId, now } = options;
  const config = options.config ?? matchingConfig();
  const contract = await db.contract.findFirst({
    where: clientContractWhere(user, contractId, "manageContracts"),
    select: { id: true, title: true, requestId: true, endedAt: true, endReason: true, replacementRequestedAt: true },
  });
  if (!contract) throw notFound("Contract");
  if (!contract.endedAt) throw conflict("End the contract first; then you can ask for a replacement.");
  if (contract.endReason !== "NOT_A_FIT") throw conflict("A replacement is offered when a contract ended because it was not the right fit.");
  if (contract.replacementRequestedAt) throw conflict("You already asked for a replacement for this contract.");

  return db.$transaction(async (tx) => {
    const status = await lockRequest(tx, contract.requestId);
    if (!status) throw notFound("Request");
    if (status !== "HIRED") throw conflict("This request has been closed or is being matched already, so it cannot look for a replacement.");
    const marked = await tx.contract.updateMany({ where: { id: contractId, replacementRequestedAt: null }, data: { replacementRequestedAt: now } });
    if (!marked.count) throw conflict("You already asked for a replacement for this contract.");
    const stillWorking = await tx.contract.count({
      where: { requestId: contract.requestId, id: { not: contractId }, status: { in: ["PROPOSED", "ACTIVE", "DISPUTED"] }, endedAt: null },
    });
    if (stillWorking) throw conflict("Another contract for this request is still open; end it before asking for a replacement.");
    const matchDeadline = new Date(now.getTime() + config.matchWindowMs);
    await tx.hiringRequest.update({
      where: { id: contract.requestId },
      data: {
        status: "MATCHING",
        matchDeadline,
        isReplacement: true,
        replacementOfContractId: contractId,
        slaBreached: false,
        atRiskAlertedAt: null,
        shortlistedAt: null,
      },
    });
    await scheduleMatching(tx, { id: contract.requestId, matchDeadline, window: `replacement:${contractId}` }, now, config);
    await notifyAdmins(tx, {
      kind: "sla.replacement",
      title: `Replacement wanted: "${contract.title}"`,
      body: "The client ended a contract as not the right fit and asked for a replacement. A new 8-hour clock is running on the SLA board.",
      link: "/admin/sla",
      dedupeKey: `replacement:${contractId}`,
    });
    await recordAudit(tx, {
      actorId: user.id,
      companyId: companyOf(user),
      action: "contract.replacement-requested",
      targetType: "Contract",
      targetId: contractId,
      data: { requestId: contract.requestId, matchDeadline: matchDeadline.toISOString() },
    });
    return { requestId: contract.requestId, status: "MATCHING" as const, matchDeadline, isReplacement: true as const, replacementOfContractId: contractId };
  });
}
