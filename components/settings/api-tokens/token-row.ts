import type { ApiTokenView } from "@/lib/api-tokens/api-token-view";
import { formatDate, formatDateTime } from "@/lib/format";

// A token as the settings table shows it, formatted on the server (dates in UTC, as everywhere).

export type TokenStatus = "active" | "expired" | "revoked";

export type TokenRow = {
  id: string;
  name: string;
  scopes: string;
  prefix: string;
  created: string;
  lastUsed: string;
  expires: string;
  status: TokenStatus;
};

export function toTokenRow(token: ApiTokenView, now: Date): TokenRow {
  const isExpired = token.expiresAt !== null && token.expiresAt.getTime() <= now.getTime();
  return {
    id: token.id,
    name: token.name,
    scopes: token.scopes.includes("write") ? "Read and write" : "Read only",
    prefix: `${token.prefix}…`,
    created: formatDate(token.createdAt),
    lastUsed: token.lastUsedAt ? formatDateTime(token.lastUsedAt) : "Never",
    expires: token.revokedAt ? `Revoked ${formatDate(token.revokedAt)}` : token.expiresAt ? formatDate(token.expiresAt) : "Never",
    status: token.revokedAt ? "revoked" : isExpired ? "expired" : "active",
  };
}
