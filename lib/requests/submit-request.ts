import { requireVerifiedEmail } from "@/lib/accounts/require-verified-email";
import { companyOf, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { db, type Transaction } from "@/lib/db";
import { AppError, fieldErrorsOf, notFound } from "@/lib/errors";
import { type MatchingConfig, matchingConfig } from "@/lib/matching/config";
import { lockRequest } from "@/lib/matching/lock-request";
import { scheduleMatching } from "@/lib/matching/schedule-matching";
import { assertRequestTransition } from "@/lib/matching/transitions";
import { assertClient, ownRequestWhere } from "./access";
import { draftFromColumns, draftSelect } from "./draft-columns";
import { requestSubmissionSchema } from "./schemas";

/** The stored draft as the submission schema sees it, so a submitted request passed the same rules as the form. */
async function draftAsInput(tx: Transaction, requestId: string) {
  return draftFromColumns(await tx.hiringRequest.findUniqueOrThrow({ where: { id: requestId }, select: draftSelect }));
}

/**
 * DRAFT → MATCHING inside the caller's transaction: validates the whole draft, starts the 8-hour
 * clock (matchDeadline = submittedAt + 8 h) and schedules the matching timers with it.
 */
export async function submitDraft(tx: Transaction, requestId: string, now: Date, config: MatchingConfig = matchingConfig()) {
  const status = await lockRequest(tx, requestId);
  if (!status) throw notFound("Request");
  assertRequestTransition(status, "MATCHING");
  const parsed = requestSubmissionSchema.safeParse(await draftAsInput(tx, requestId));
  if (!parsed.success) {
    throw new AppError("VALIDATION_FAILED", "The request is not complete yet; see the fields to fix.", { fields: fieldErrorsOf(parsed.error) });
  }
  const matchDeadline = new Date(now.getTime() + config.matchWindowMs);
  const { count } = await tx.hiringRequest.updateMany({
    where: { id: requestId, status: "DRAFT" },
    data: { status: "MATCHING", submittedAt: now, matchDeadline },
  });
  if (!count) throw new AppError("CONFLICT", "This request was submitted already.");
  await scheduleMatching(tx, { id: requestId, matchDeadline }, now, config);
  return { matchDeadline };
}

/** A company member submits their company's draft. Another company's request is a 404. */
export async function submitRequest(options: { user: SessionUser; requestId: string; now: Date; config?: MatchingConfig }) {
  const { user, requestId, now } = options;
  assertClient(user, "manageRequests");
  const request = await db.hiringRequest.findFirst({
    where: ownRequestWhere(user, requestId, "manageRequests"),
    select: { id: true },
  });
  if (!request) throw notFound("Request");
  await requireVerifiedEmail(db, user.id);
  return db.$transaction(async (tx) => {
    const result = await submitDraft(tx, requestId, now, options.config);
    await recordAudit(tx, { actorId: user.id, companyId: companyOf(user), action: "request.submitted", targetType: "HiringRequest", targetId: requestId });
    return result;
  });
}
