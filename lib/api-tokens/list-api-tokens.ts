import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/sessions/session-user";
import { API_TOKEN_SELECT, toApiTokenView } from "./api-token-view";

/** The user's own tokens, newest first, revoked ones included (they say when). */
export async function listApiTokens(user: Pick<SessionUser, "id">) {
  const tokens = await db.apiToken.findMany({ where: { userId: user.id }, orderBy: { createdAt: "desc" }, select: API_TOKEN_SELECT, take: 200 });
  return { tokens: tokens.map(toApiTokenView) };
}
