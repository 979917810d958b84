import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { DraftChanges } from "@/lib/requests/api-schemas";
import { keepValidFields } from "@/lib/requests/prefill";

export type GuestDraftProblem = "missing" | "expired" | "claimed";

type GuestDraftState = { expiresAt: Date; claimedAt: Date | null };

export const guestDraftSelect = { fields: true, expiresAt: true, claimedAt: true, claimedByUserId: true, claimedRequestId: true } as const;

/** Why a stored guest draft can no longer be used, if it cannot. */
export function problemOf(row: GuestDraftState | null, now: Date): GuestDraftProblem | null {
  if (!row) return "missing";
  if (row.claimedAt) return "claimed";
  if (row.expiresAt <= now) return "expired";
  return null;
}

/**
 * The stored fields checked again, as if typed now: a start date that has since passed, or a skill
 * that left the taxonomy, is dropped; the rest stays. The names of the skills come along for the chips.
 */
export async function validFieldsOf(stored: Prisma.JsonValue): Promise<{ fields: DraftChanges; skillNames: Record<string, string> }> {
  const candidate = stored && typeof stored === "object" && !Array.isArray(stored) ? stored : {};
  const fields = keepValidFields(candidate);
  const ids = [...(fields.requiredSkills ?? []).map((skill) => skill.skillId), ...(fields.niceToHaveSkillIds ?? [])];
  const skills = ids.length ? await db.skill.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [];
  const skillNames = Object.fromEntries(skills.map((skill) => [skill.id, skill.name]));
  if (fields.requiredSkills) fields.requiredSkills = fields.requiredSkills.filter((skill) => skillNames[skill.skillId]);
  if (fields.niceToHaveSkillIds) fields.niceToHaveSkillIds = fields.niceToHaveSkillIds.filter((id) => skillNames[id]);
  if (fields.requiredSkills?.length === 0) delete fields.requiredSkills;
  return { fields, skillNames };
}

export type ReadGuestDraft = { ok: true; id: string; fields: DraftChanges; skillNames: Record<string, string> } | { ok: false; problem: GuestDraftProblem };

/** A visitor's unclaimed, unexpired draft, for the /start page to show again. */
export async function readGuestDraft({ draftId, now }: { draftId: string; now: Date }): Promise<ReadGuestDraft> {
  const row = await db.guestRequestDraft.findUnique({ where: { id: draftId }, select: guestDraftSelect });
  const problem = problemOf(row, now);
  if (problem || !row) return { ok: false, problem: problem ?? "missing" };
  return { ok: true, id: draftId, ...(await validFieldsOf(row.fields)) };
}
