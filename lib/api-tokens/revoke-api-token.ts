import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { SessionUser } from "@/lib/sessions/session-user";
import { API_TOKEN_SELECT, toApiTokenView } from "./api-token-view";

/** Revokes one of the user's own tokens; revoking a revoked token changes nothing and answers the same. */
export async function revokeApiToken(options: { user: SessionUser; tokenId: string; now: Date; httpRequestId?: string }) {
  const { user, tokenId, now } = options;
  const revoked = await db.$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({ where: { id: tokenId, userId: user.id, revokedAt: null }, data: { revokedAt: now } });
    const token = await tx.apiToken.findFirst({ where: { id: tokenId, userId: user.id }, select: API_TOKEN_SELECT });
    if (!token) throw notFound("The API token");
    if (count > 0) {
      await recordAudit(tx, {
        actorId: user.id,
        action: "api-token.revoked",
        targetType: "User",
        targetId: user.id,
        data: { name: token.name, prefix: token.prefix },
        requestId: options.httpRequestId,
      });
    }
    return token;
  });
  return toApiTokenView(revoked);
}
