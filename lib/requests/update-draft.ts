import type { SessionUser } from "@/lib/auth/session";
import { now as clockNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { AppError, type FieldErrors, fieldErrorsOf, notFound } from "@/lib/errors";
import { lockRequest } from "@/lib/matching/lock-request";
import { assertSkillsExist } from "@/lib/skills/assert-skills-exist";
import { assertClient, ownRequestWhere } from "./access";
import type { DraftChanges, DraftUpdate } from "./api-schemas";
import { setBriefFiles } from "./brief-files";
import { draftColumns, draftFromColumns, draftSelect, requestSkillRows } from "./draft-columns";
import { requestDraftSchema } from "./schemas";

const NOT_A_DRAFT = "Only a draft can be edited, and this request is no longer a draft.";

/** Only the problems caused by what is being changed now: an old draft's start date that has since passed is for the step that sets it. */
function errorsOfChangedFields(fields: FieldErrors, changed: ReadonlySet<string>): FieldErrors {
  return Object.fromEntries(Object.entries(fields).filter(([path]) => changed.has(path.split(".")[0])));
}

/**
 * Stores changes to one of the company's drafts. The fields sent replace the stored ones; the
 * others are kept. Cross-field rules (budget range, a skill either required or nice to have) are
 * checked against the merged draft. `fileIds`, when sent, is the brief's whole list of files.
 */
export async function updateDraft(options: { user: SessionUser; requestId: string; input: DraftUpdate; now?: Date }) {
  const { user, requestId } = options;
  assertClient(user, "manageRequests");
  const { fileIds, ...fields } = options.input;
  const changes = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as DraftChanges;
  const changed = new Set(Object.keys(changes));

  return db.$transaction(async (tx) => {
    const owned = await tx.hiringRequest.findFirst({ where: ownRequestWhere(user, requestId, "manageRequests"), select: { id: true } });
    if (!owned) throw notFound("Request");
    if ((await lockRequest(tx, requestId)) !== "DRAFT") throw new AppError("CONFLICT", NOT_A_DRAFT);
    const stored = await tx.hiringRequest.findUniqueOrThrow({ where: { id: requestId }, select: draftSelect });

    const merged = { ...draftFromColumns(stored), ...changes };
    const checked = requestDraftSchema.safeParse(merged);
    if (!checked.success) {
      const fields = errorsOfChangedFields(fieldErrorsOf(checked.error), changed);
      if (Object.keys(fields).length > 0) throw new AppError("VALIDATION_FAILED", 'The draft has invalid fields; see "fields" for what to fix.', { fields });
    }
    await assertSkillsExist({
      ...(changes.requiredSkills && { requiredSkills: changes.requiredSkills.map((skill) => skill.skillId) }),
      ...(changes.niceToHaveSkillIds && { niceToHaveSkillIds: changes.niceToHaveSkillIds }),
    });

    const isSkillChange = changed.has("requiredSkills") || changed.has("niceToHaveSkillIds");
    const { count } = await tx.hiringRequest.updateMany({ where: { id: requestId, status: "DRAFT" }, data: draftColumns(merged) });
    if (!count) throw new AppError("CONFLICT", NOT_A_DRAFT);
    if (isSkillChange) {
      await tx.requestSkill.deleteMany({ where: { requestId } });
      await tx.requestSkill.createMany({ data: requestSkillRows(requestId, merged) });
    }
    if (fileIds) await setBriefFiles(tx, { user, requestId, fileIds, now: options.now ?? clockNow() });
    return { id: requestId, status: "DRAFT" as const };
  });
}
