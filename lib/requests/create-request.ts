import type { SessionUser } from "@/lib/auth/session";
import { validationError } from "@/lib/api/respond";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertSkillsExist } from "@/lib/skills/assert-skills-exist";
import { matchingConfig, type MatchingConfig } from "@/lib/matching/config";
import { assertClient } from "./access";
import { createRequestBodySchema } from "./api-schemas";
import { draftColumns, requestSkillRows } from "./draft-columns";
import { requestDraftSchema, requestSubmissionSchema } from "./schemas";
import { submitDraft } from "./submit-request";

export type CreatedRequest = { id: string; status: "DRAFT" | "MATCHING"; matchDeadline: Date | null };

/**
 * A company member raises a request: a draft (any valid subset of the fields), or with
 * `submit: true` a complete request, created and submitted in one transaction so there is never
 * a half-submitted one. Everything is checked before the first write.
 */
export async function createRequest(options: { user: SessionUser; input: unknown; now: Date; config?: MatchingConfig }): Promise<CreatedRequest> {
  const { user, input, now } = options;
  assertClient(user);
  const body = createRequestBodySchema.safeParse(input);
  if (!body.success) throw validationError(body.error, "The request");
  const { submit } = body.data;
  const parsed = (submit ? requestSubmissionSchema : requestDraftSchema).safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, "The request");
  const fields = parsed.data;
  await assertSkillsExist({
    requiredSkills: (fields.requiredSkills ?? []).map((skill) => skill.skillId),
    niceToHaveSkillIds: fields.niceToHaveSkillIds ?? [],
  });
  const company = await db.company.findFirst({
    where: { id: user.companyId ?? "", members: { some: { userId: user.id } } },
    select: { id: true },
  });
  if (!company) throw new AppError("FORBIDDEN", "Your account isn't part of a company, so it cannot raise requests.");

  return db.$transaction(async (tx) => {
    const request = await tx.hiringRequest.create({
      data: { ...draftColumns(fields), companyId: company.id, createdById: user.id, createdAt: now },
      select: { id: true },
    });
    await tx.requestSkill.createMany({ data: requestSkillRows(request.id, fields) });
    await tx.auditLog.create({ data: { actorId: user.id, action: "request.created", targetType: "HiringRequest", targetId: request.id } });
    if (!submit) return { id: request.id, status: "DRAFT" as const, matchDeadline: null };
    const { matchDeadline } = await submitDraft(tx, request.id, now, options.config ?? matchingConfig());
    await tx.auditLog.create({ data: { actorId: user.id, action: "request.submitted", targetType: "HiringRequest", targetId: request.id } });
    return { id: request.id, status: "MATCHING" as const, matchDeadline };
  });
}
