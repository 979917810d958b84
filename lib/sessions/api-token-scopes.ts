import type { ApiTokenScope } from "@/generated/prisma/enums";

// A token's scopes as the API and the settings page name them; read allows GET only, write everything.

export const API_TOKEN_SCOPES = ["read", "write"] as const;
export type ApiTokenScopeName = (typeof API_TOKEN_SCOPES)[number];
export const SCOPE_NAME: Record<ApiTokenScope, ApiTokenScopeName> = { READ: "read", WRITE: "write" };
export const STORED_SCOPE: Record<ApiTokenScopeName, ApiTokenScope> = { read: "READ", write: "WRITE" };
