import { Prisma } from "@/generated/prisma/client";
import { requireVerifiedEmail } from "@/lib/accounts/require-verified-email";
import { companyOf, recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session";
import { db, type Transaction } from "@/lib/db";
import { AppError, validationError } from "@/lib/errors";
import { type MatchingConfig, matchingConfig } from "@/lib/matching/config";
import { memberOfCompany } from "@/lib/parties/sides";
import { assertSkillsExist } from "@/lib/skills/assert-skills-exist";
import { assertClient } from "./access";
import type { CreateRequestBody } from "./api-schemas";
import { setBriefFiles } from "./brief-files";
import { draftColumns, requestSkillRows } from "./draft-columns";
import { type RequestDraft, requestDraftSchema, requestSubmissionSchema } from "./schemas";
import { submitDraft } from "./submit-request";

export type CreatedRequest = { id: string; status: "DRAFT" | "MATCHING"; matchDeadline: Date | null };

/**
 * A company member raises a request: a draft (any valid subset of the fields), or with
 * `submit: true` a complete request, created and submitted in one transaction so there is never
 * a half-submitted one. Everything is checked before the first write. With an `idempotencyKey`
 * (the Idempotency-Key header), a retry — a double click, a timeout — gets the first answer again
 * instead of a second request.
 */
export async function createRequest(options: {
  user: SessionUser;
  input: CreateRequestBody;
  now: Date;
  config?: MatchingConfig;
  idempotencyKey?: string;
}): Promise<CreatedRequest> {
  const { user, input, idempotencyKey } = options;
  assertClient(user, "manageRequests");
  const { submit, fileIds, ...given } = input;
  // A submitted request must be complete, a draft consistent: rules over the whole set of fields.
  const parsed = (submit ? requestSubmissionSchema : requestDraftSchema).safeParse(given);
  if (!parsed.success) throw validationError(parsed.error, "The request");
  const fields = parsed.data;
  await assertSkillsExist({
    requiredSkills: (fields.requiredSkills ?? []).map((skill) => skill.skillId),
    niceToHaveSkillIds: fields.niceToHaveSkillIds ?? [],
  });
  const company = await requestingCompanyOf(user);
  // A draft may wait for the address to be confirmed; submitting it may not.
  if (submit) await requireVerifiedEmail(db, user.id);
  const earlier = idempotencyKey && (await createdWithKey(user, idempotencyKey));
  if (earlier) return earlier;

  try {
    return await createAndMaybeSubmit({ ...options, fields, fileIds: fileIds ?? [], submit, companyId: company.id });
  } catch (error) {
    // The same key raced in from a second tab or a retry: the one that committed first is the answer.
    const isSameKey = idempotencyKey && error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
    const winner = isSameKey && (await createdWithKey(user, idempotencyKey));
    if (winner) return winner;
    throw error;
  }
}

/** The request created with this key, as it stands now: a draft, or submitted with its deadline. */
async function createdWithKey(user: SessionUser, idempotencyKey: string): Promise<CreatedRequest | null> {
  const request = await db.hiringRequest.findUnique({
    where: { createdById_idempotencyKey: { createdById: user.id, idempotencyKey } },
    select: { id: true, submittedAt: true, matchDeadline: true },
  });
  if (!request) return null;
  return { id: request.id, status: request.submittedAt ? "MATCHING" : "DRAFT", matchDeadline: request.matchDeadline };
}

async function createAndMaybeSubmit(options: {
  user: SessionUser;
  fields: Parameters<typeof draftColumns>[0];
  fileIds: readonly string[];
  submit: boolean;
  companyId: string;
  now: Date;
  config?: MatchingConfig;
  idempotencyKey?: string;
}): Promise<CreatedRequest> {
  const { user, fields, submit, now, idempotencyKey } = options;
  return db.$transaction(async (tx) => {
    const request = await insertDraftRequest(tx, { user, fields, companyId: options.companyId, now, idempotencyKey });
    if (options.fileIds.length) await setBriefFiles(tx, { user, requestId: request.id, fileIds: options.fileIds, now });
    if (!submit) return { id: request.id, status: "DRAFT" as const, matchDeadline: null };
    const { matchDeadline } = await submitDraft(tx, request.id, now, options.config ?? matchingConfig());
    await recordAudit(tx, { actorId: user.id, companyId: companyOf(user), action: "request.submitted", targetType: "HiringRequest", targetId: request.id });
    return { id: request.id, status: "MATCHING" as const, matchDeadline };
  });
}

/**
 * Writes a draft request with its skills and the audit entry, inside the caller's transaction. The
 * fields are already checked (requestDraftSchema, assertSkillsExist) and the company is the user's.
 */
export async function insertDraftRequest(
  tx: Transaction,
  options: { user: SessionUser; fields: RequestDraft; companyId: string; now: Date; idempotencyKey?: string },
) {
  const { user, fields, now } = options;
  const request = await tx.hiringRequest.create({
    data: { ...draftColumns(fields), companyId: options.companyId, createdById: user.id, createdAt: now, idempotencyKey: options.idempotencyKey },
    select: { id: true },
  });
  await tx.requestSkill.createMany({ data: requestSkillRows(request.id, fields) });
  await recordAudit(tx, { actorId: user.id, companyId: companyOf(user), action: "request.created", targetType: "HiringRequest", targetId: request.id });
  return request;
}

/** The user's company, when their role there may raise requests; FORBIDDEN otherwise. */
export async function requestingCompanyOf(user: SessionUser) {
  const company = await db.company.findFirst({
    where: { id: user.companyId ?? "", ...memberOfCompany(user, "manageRequests") },
    select: { id: true },
  });
  if (!company) throw new AppError("FORBIDDEN", "Your account isn't part of a company, so it cannot raise requests.");
  return company;
}
