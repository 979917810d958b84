import type { ApiTokenScope } from "@/generated/prisma/enums";
import { SCOPE_NAME } from "@/lib/sessions/api-token-scopes";

// A token as its owner sees it: everything but the hash.

export const API_TOKEN_SELECT = {
  id: true,
  name: true,
  scopes: true,
  prefix: true,
  createdAt: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
} as const;

type StoredToken = {
  id: string;
  name: string;
  scopes: ApiTokenScope[];
  prefix: string;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

export const toApiTokenView = (token: StoredToken) => ({ ...token, scopes: token.scopes.map((scope) => SCOPE_NAME[scope]) });
export type ApiTokenView = ReturnType<typeof toApiTokenView>;
