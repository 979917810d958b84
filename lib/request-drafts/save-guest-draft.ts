import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { validationError } from "@/lib/errors";
import { assertUnderLimit, GUEST_DRAFTS, recordHit } from "@/lib/rate-limit";
import { requestDraftSchema } from "@/lib/requests/schemas";
import { assertSkillsExist } from "@/lib/skills/assert-skills-exist";
import { GUEST_DRAFT_LIFETIME_MS } from "./guest-draft-token";
import type { GuestDraftInput } from "./schemas";

export type SavedGuestDraft = { id: string; expiresAt: Date };

/**
 * Stores a visitor's request before they have an account. The draft their token names is updated
 * while it is unclaimed and unexpired (each save gives it a fresh week); otherwise a new one is
 * made, at most 20 an hour from one address. `fields` come parsed by the edge.
 */
export async function saveGuestDraft(options: { draftId: string | null; fields: GuestDraftInput; ip: string; now: Date }): Promise<SavedGuestDraft> {
  const { draftId, fields, ip, now } = options;
  const checked = requestDraftSchema.safeParse(fields);
  if (!checked.success) throw validationError(checked.error, "The request");
  await assertSkillsExist({
    requiredSkills: (fields.requiredSkills ?? []).map((skill) => skill.skillId),
    niceToHaveSkillIds: fields.niceToHaveSkillIds ?? [],
  });
  // Dates become ISO strings, as they come back to the reader (read-guest-draft.ts parses them again).
  const stored = JSON.parse(JSON.stringify(fields)) as Prisma.InputJsonObject;
  const expiresAt = new Date(now.getTime() + GUEST_DRAFT_LIFETIME_MS);

  if (draftId) {
    const { count } = await db.guestRequestDraft.updateMany({
      where: { id: draftId, claimedAt: null, expiresAt: { gt: now } },
      data: { fields: stored, expiresAt },
    });
    if (count) return { id: draftId, expiresAt };
  }
  await assertUnderLimit(GUEST_DRAFTS, ip, "Too many requests were started from your network. Try again in {minutes}, or sign up first.", now);
  const created = await db.guestRequestDraft.create({ data: { fields: stored, expiresAt, createdAt: now }, select: { id: true } });
  await recordHit(GUEST_DRAFTS, ip);
  return { id: created.id, expiresAt };
}
