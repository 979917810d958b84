import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { ATTACHED_FILES } from "@/lib/files/attached-files";
import { toFileSummary } from "@/lib/files/serialize";
import { assertClient, ownRequestWhere } from "./access";
import { draftFromColumns, draftSelect } from "./draft-columns";

export type StoredDraft = Awaited<ReturnType<typeof getDraft>>;

/** A request's stored fields as the wizard edits them, with the names of its skills for the chips and the brief's files. */
export async function getDraft(options: { user: SessionUser; requestId: string }) {
  const { user, requestId } = options;
  assertClient(user);
  const request = await db.hiringRequest.findFirst({
    where: ownRequestWhere(user, requestId),
    select: {
      ...draftSelect,
      skills: { select: { skillId: true, isRequired: true, minYears: true, skill: { select: { name: true } } } },
      files: ATTACHED_FILES,
    },
  });
  if (!request) throw notFound("Request");
  return {
    id: request.id,
    status: request.status,
    fields: draftFromColumns(request),
    skillNames: Object.fromEntries(request.skills.map((skill) => [skill.skillId, skill.skill.name])),
    files: request.files.map(toFileSummary),
  };
}
