import { db } from "@/lib/db";
import { AppError, type FieldErrors } from "@/lib/errors";

/**
 * Checks that every skill id in each field names a skill in the taxonomy. Unknown ids are a
 * validation error on that field, e.g. { requiredSkills: ["…"] }, so a form can show it in place.
 */
export async function assertSkillsExist(skillIdsByField: Record<string, readonly string[]>) {
  const allIds = [...new Set(Object.values(skillIdsByField).flat())];
  if (allIds.length === 0) return;
  const found = await db.skill.findMany({ where: { id: { in: allIds } }, select: { id: true } });
  const known = new Set(found.map((skill) => skill.id));
  const fields: FieldErrors = {};
  for (const [field, ids] of Object.entries(skillIdsByField)) {
    const unknownCount = ids.filter((id) => !known.has(id)).length;
    if (unknownCount > 0) {
      fields[field] = [
        unknownCount === 1
          ? "One of these skills is not in our list. Remove it and pick it again from the suggestions."
          : `${unknownCount} of these skills are not in our list. Remove them and pick again from the suggestions.`,
      ];
    }
  }
  if (Object.keys(fields).length > 0) {
    throw new AppError("VALIDATION_FAILED", "Some skills are not in our list; see the fields to fix.", { fields });
  }
}
