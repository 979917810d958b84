import type { CompanyRole, Role } from "@/generated/prisma/enums";
import { readRows } from "@/lib/db";
import { configuredSsoProviders } from "./sso-providers";

// Who is asking, as every edge sees it (pages, server actions, the API router): read without Next.

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  companyId: string | null;
  /** The member's role in that company (lib/teams/permissions.ts says what it allows); null without a company. */
  companyRole: CompanyRole | null;
  expertProfileId: string | null;
  /**
   * Whether the owner followed the link sent to their address; what it gates is checked again in
   * lib/accounts/require-verified-email.ts. Optional so that a user built by hand (tests) need not say.
   */
  isEmailVerified?: boolean;
  /** An authenticator app is enrolled and confirmed (admins need one: ./admin-two-factor.ts). */
  isTwoFactorEnabled: boolean;
};

/**
 * The account behind a session; null once it is suspended, deleted or gone, when the session was
 * issued under another session version (a password reset or change, or "sign out of all other
 * devices", bumps it), or, given how the session was signed in, once a company the user belongs to
 * (not as its owner) requires another provider: a requirement switched on ends its members' password
 * sessions at once. An API token is no session: it passes no version, and a password change leaves it
 * working (it is revoked on its own). Read on every request: one query, not through Prisma.
 */
export async function loadSessionUser(userId: string, sessionVersion: number | null, signInMethod?: string): Promise<SessionUser | null> {
  const enforcedProviders = configuredSsoProviders().map((provider) => provider.id);
  const [user] = await readRows<SessionUser>`
    SELECT u.id, u.email, u.name, u.role, u."emailVerifiedAt" IS NOT NULL AS "isEmailVerified", m."companyId", m.role AS "companyRole",
      (SELECT e.id FROM expert_profiles e WHERE e."userId" = u.id) AS "expertProfileId",
      EXISTS (SELECT 1 FROM two_factor_credentials t WHERE t."userId" = u.id AND t."confirmedAt" IS NOT NULL) AS "isTwoFactorEnabled"
    FROM users u
    LEFT JOIN LATERAL (
      SELECT cm."companyId", cm.role FROM company_members cm WHERE cm."userId" = u.id ORDER BY cm."createdAt" LIMIT 1
    ) m ON true
    WHERE u.id = ${userId} AND u."suspendedAt" IS NULL AND u."deletedAt" IS NULL AND (${sessionVersion}::int IS NULL OR u."sessionVersion" = ${sessionVersion}::int)
      AND (${signInMethod ?? null}::text IS NULL OR NOT EXISTS (
        SELECT 1 FROM company_members om JOIN companies c ON c.id = om."companyId"
        WHERE om."userId" = u.id AND om.role <> 'OWNER'
          AND c."requiredSsoProvider" = ANY(${enforcedProviders}::text[]) AND c."requiredSsoProvider" <> ${signInMethod ?? null}::text))`;
  return user ?? null;
}
