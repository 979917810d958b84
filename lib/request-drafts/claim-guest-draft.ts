import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { assertClient } from "@/lib/requests/access";
import { insertDraftRequest, requestingCompanyOf } from "@/lib/requests/create-request";
import { requestDraftSchema } from "@/lib/requests/schemas";
import { type GuestDraftProblem, guestDraftSelect, problemOf, validFieldsOf } from "./read-guest-draft";

export type ClaimedGuestDraft = { ok: true; requestId: string } | { ok: false; problem: GuestDraftProblem };

type ClaimedRow = { claimedByUserId: string | null; claimedRequestId: string | null };

/** A draft this user claimed already answers with the same request: a reload, a second tab. */
const earlierClaim = (row: ClaimedRow, user: SessionUser): ClaimedGuestDraft =>
  row.claimedByUserId === user.id && row.claimedRequestId ? { ok: true, requestId: row.claimedRequestId } : { ok: false, problem: "claimed" };

/**
 * A company member who just signed up (or in) takes over the draft they started as a visitor: it
 * becomes a DRAFT request of their company, made with the same checks as any draft. Marking the
 * guest draft claimed is a conditional update in the same transaction as the request's insert, so
 * two tabs or a double click make one request, and both are answered with its id. The guest copy
 * of the fields is emptied: from now on they live in the request, under the company's privacy rules.
 */
export async function claimGuestDraft(options: { user: SessionUser; draftId: string; now: Date }): Promise<ClaimedGuestDraft> {
  const { user, draftId, now } = options;
  assertClient(user, "manageRequests");
  const company = await requestingCompanyOf(user);
  const row = await db.guestRequestDraft.findUnique({ where: { id: draftId }, select: guestDraftSelect });
  const problem = problemOf(row, now);
  if (row && problem === "claimed") return earlierClaim(row, user);
  if (problem || !row) return { ok: false, problem: problem ?? "missing" };

  const { fields } = await validFieldsOf(row.fields);
  const draft = requestDraftSchema.safeParse(fields);
  if (!draft.success) return { ok: false, problem: "expired" };

  const requestId = await db.$transaction(async (tx) => {
    const { count } = await tx.guestRequestDraft.updateMany({
      where: { id: draftId, claimedAt: null, expiresAt: { gt: now } },
      data: { claimedAt: now, claimedByUserId: user.id, fields: {} },
    });
    if (!count) return null;
    const request = await insertDraftRequest(tx, { user, fields: draft.data, companyId: company.id, now });
    await tx.guestRequestDraft.update({ where: { id: draftId }, data: { claimedRequestId: request.id }, select: { id: true } });
    return request.id;
  });
  if (requestId) return { ok: true, requestId };
  // Another claim committed between the read and the update.
  const after = await db.guestRequestDraft.findUnique({ where: { id: draftId }, select: guestDraftSelect });
  return after?.claimedAt ? earlierClaim(after, user) : { ok: false, problem: problemOf(after, now) ?? "missing" };
}
