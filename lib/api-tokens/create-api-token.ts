import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { generateApiToken } from "@/lib/sessions/api-token-format";
import { STORED_SCOPE } from "@/lib/sessions/api-token-scopes";
import type { SessionUser } from "@/lib/sessions/session-user";
import { API_TOKEN_SELECT, toApiTokenView } from "./api-token-view";
import { type CreateApiTokenInput, MAX_TOKEN_LIFETIME_DAYS } from "./schemas";

const DAY_MS = 86_400_000;
/** Enough for anyone; a list longer than this is tokens nobody tracks any more. */
export const MAX_ACTIVE_TOKENS = 50;

function expiryOf(expiresAt: string | null | undefined, now: Date) {
  if (!expiresAt) return null;
  const expiry = new Date(expiresAt);
  if (expiry.getTime() <= now.getTime()) {
    throw new AppError("VALIDATION_FAILED", "The expiry must be in the future.", { fields: { expiresAt: ["Choose a date in the future."] } });
  }
  if (expiry.getTime() > now.getTime() + MAX_TOKEN_LIFETIME_DAYS * DAY_MS) {
    throw new AppError("VALIDATION_FAILED", "A token can live at most a year.", {
      fields: { expiresAt: ["Choose a date within a year, or no expiry."] },
    });
  }
  return expiry;
}

/** A new token for the user: the token itself is in the answer and nowhere else, ever. */
export async function createApiToken(options: { user: SessionUser; input: CreateApiTokenInput; now: Date; httpRequestId?: string }) {
  const { user, input, now } = options;
  const expiresAt = expiryOf(input.expiresAt, now);
  const scopes = [...new Set(input.scopes)].map((scope) => STORED_SCOPE[scope]);
  const { token, tokenHash, prefix } = generateApiToken();
  const created = await db.$transaction(async (tx) => {
    const active = await tx.apiToken.count({ where: { userId: user.id, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] } });
    if (active >= MAX_ACTIVE_TOKENS) throw new AppError("CONFLICT", `You have ${MAX_ACTIVE_TOKENS} active tokens. Revoke one you no longer use first.`);
    const apiToken = await tx.apiToken.create({ data: { userId: user.id, name: input.name, scopes, tokenHash, prefix, expiresAt }, select: API_TOKEN_SELECT });
    await recordAudit(tx, {
      actorId: user.id,
      action: "api-token.created",
      targetType: "User",
      targetId: user.id,
      data: { name: apiToken.name, prefix, scopes: input.scopes, expiresAt: expiresAt?.toISOString() ?? null },
      requestId: options.httpRequestId,
    });
    return apiToken;
  });
  return { token, apiToken: toApiTokenView(created) };
}
