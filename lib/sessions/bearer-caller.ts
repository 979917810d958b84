import { clientIp } from "@/lib/client-ip";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { assertUnderLimit, type Limit, recordHit } from "@/lib/rate-limit";
import { hashApiToken, isApiTokenShaped } from "./api-token-format";
import { type ApiTokenScopeName, SCOPE_NAME } from "./api-token-scopes";
import { loadSessionUser, type SessionUser } from "./session-user";

// A bearer token resolves to the same SessionUser a session cookie does, re-read on every call, so all
// authorization is identical and a suspension stops the user's tokens at once. Failures say what is
// wrong with the token, never whose it is, and count against the caller's address.

/** Per address: a script with a stale token gets told; someone guessing gets stopped. */
export const API_TOKEN_FAILURES: Limit = { bucket: "api-token-failure", max: 20, windowMs: 15 * 60_000 };
const LAST_USED_RESOLUTION_MS = 60_000;
const MANAGE_TOKENS = "Create a new one in Settings → API tokens.";

export type TokenCaller = { user: SessionUser; scopes: ApiTokenScopeName[] };

/** The credential of `Authorization: Bearer <credential>`, or null when there is none. */
export function bearerCredentialOf(headers: Headers): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.get("authorization") ?? "");
  return match ? match[1] : null;
}

async function findUser(credential: string, now: Date): Promise<TokenCaller | string> {
  if (!isApiTokenShaped(credential))
    return "This is not a Vetted API token: tokens start with vtd_ and are 47 characters long. Check that you copied all of it.";
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(credential) },
    select: { id: true, userId: true, scopes: true, expiresAt: true, revokedAt: true, lastUsedAt: true },
  });
  if (!token) return `This API token is not valid: no such token exists. ${MANAGE_TOKENS}`;
  if (token.revokedAt) return `This API token was revoked on ${formatDateTime(token.revokedAt)}. ${MANAGE_TOKENS}`;
  if (token.expiresAt && token.expiresAt.getTime() <= now.getTime()) return `This API token expired on ${formatDateTime(token.expiresAt)}. ${MANAGE_TOKENS}`;
  const user = await loadSessionUser(token.userId, null);
  if (!user) return "This API token's account is suspended or deleted, so its tokens do not work.";
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    const before = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
    await db.apiToken.updateMany({ where: { id: token.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: before } }] }, data: { lastUsedAt: now } });
  }
  return { user, scopes: token.scopes.map((scope) => SCOPE_NAME[scope]) };
}

/** The caller behind a bearer credential; 401 saying why when it is no good, 429 after too many failures from one address. */
export async function authenticateApiToken(credential: string, request: { headers: Headers }, now: Date): Promise<TokenCaller> {
  const address = clientIp(request.headers);
  await assertUnderLimit(API_TOKEN_FAILURES, address, "Too many requests with invalid API tokens from your address. Try again in {minutes}.", now);
  const found = await findUser(credential, now);
  if (typeof found !== "string") return found;
  await recordHit(API_TOKEN_FAILURES, address);
  throw new AppError("UNAUTHENTICATED", found);
}

/** Read scope: GET only; write scope: everything the user may do. */
export function assertScopeAllows(scopes: readonly ApiTokenScopeName[], method: string) {
  if (scopes.includes("write")) return;
  if (method === "GET" || method === "HEAD") return;
  throw new AppError("FORBIDDEN", "This API token can only read. Create a token with the write scope to make changes.");
}
