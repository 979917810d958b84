import { cookies, headers } from "next/headers";
import type { Account, Profile } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { secureCookies, sessionCookieName } from "@/lib/sessions/cookies";
import { sessionClaims } from "@/lib/sessions/session-token";
import { loadSessionUser } from "@/lib/sessions/session-user";
import { isSsoProviderId } from "@/lib/sessions/sso-providers";
import { identityFromProfile } from "./identity";
import { PENDING_SIGN_UP_COOKIE, PENDING_SIGN_UP_MAX_AGE_SECONDS, sealPendingSignUp } from "./pending-sign-up";
import { resolveProviderSignIn } from "./resolve-provider-sign-in";

export const SIGN_IN_METHODS_PATH = "/settings/sign-in-methods";
export const FINISH_SIGN_UP_PATH = "/sign-up/finish";

/**
 * next-auth's signIn callback for the outside providers: true to sign in, or where to go instead (the
 * finish-sign-up step, settings after linking, or the page that shows why it was refused). A browser
 * that is signed in already came from Settings → Sign-in methods: the provider account is linked to it.
 */
export async function providerSignIn(account: Account, profile: Profile | undefined): Promise<true | string> {
  const provider = account.provider;
  if (!isSsoProviderId(provider)) return "/sign-in?error=OAuthSignin";
  const identity = identityFromProfile(provider, account.providerAccountId, { ...profile });
  const cookieStore = await cookies();
  const claims = await sessionClaims(cookieStore.get(sessionCookieName())?.value, env().NEXTAUTH_SECRET);
  // Re-read, so that a suspended account's or a revoked session's still-valid cookie links nothing.
  const signedInUserId = claims ? ((await loadSessionUser(claims.userId, claims.sessionVersion, claims.signInMethod))?.id ?? null) : null;
  const requestId = (await headers()).get("x-request-id");
  const outcome = await resolveProviderSignIn({ identity, signedInUserId, requestId });
  switch (outcome.kind) {
    case "signed-in":
      return true;
    case "linked":
      return `${SIGN_IN_METHODS_PATH}?linked=${provider}`;
    case "finish-sign-up":
      cookieStore.set(PENDING_SIGN_UP_COOKIE, await sealPendingSignUp(identity, env().NEXTAUTH_SECRET), {
        httpOnly: true,
        sameSite: "lax",
        path: "/",
        secure: secureCookies(),
        maxAge: PENDING_SIGN_UP_MAX_AGE_SECONDS,
      });
      return FINISH_SIGN_UP_PATH;
    case "refused": {
      const query = new URLSearchParams({ error: outcome.reason, provider: outcome.provider ?? provider });
      return `${signedInUserId ? SIGN_IN_METHODS_PATH : "/sign-in"}?${query}`;
    }
  }
}

/**
 * next-auth's jwt callback after a provider sign-in the signIn callback allowed: the token names our
 * user (id, role, name, email as password sign-ins have them), not the provider's profile.
 */
export async function providerSessionToken(token: JWT, account: Account): Promise<JWT> {
  const linked = await db.linkedAccount.findUnique({
    where: { provider_providerAccountId: { provider: account.provider, providerAccountId: account.providerAccountId } },
    select: { user: { select: { id: true, email: true, name: true, role: true, sessionVersion: true } } },
  });
  if (!linked) throw new Error("The provider account is not linked to a user.");
  const { picture: _picture, ...rest } = token;
  return {
    ...rest,
    sub: linked.user.id,
    name: linked.user.name,
    email: linked.user.email,
    role: linked.user.role,
    sessionVersion: linked.user.sessionVersion,
    signInMethod: account.provider,
  };
}
