import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientIp } from "@/lib/client-ip";
import { signInSchema } from "@/lib/credentials/schemas";
import { env } from "@/lib/env";
import { AppError, isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { secureCookies } from "@/lib/sessions/cookies";
import { SESSION_MAX_AGE_SECONDS, sessionJwt } from "@/lib/sessions/session-token";
import { providerSessionToken, providerSignIn } from "@/lib/sso/next-auth-callbacks";
import { ssoNextAuthProviders } from "@/lib/sso/next-auth-providers";
import { callbackPathOnSite, DEFAULT_AFTER_SIGN_IN } from "./callback-url";
import { authenticate } from "./sign-in";

export type AuthHooks = {
  /** Told why a sign-in was refused; next-auth itself passes on only the message. */
  onSignInRefused?: (error: AppError) => void;
};

// JWT sessions carry the user's id and role, so any app instance can authorize without shared memory.
export function authOptions({ onSignInRefused }: AuthHooks = {}): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: sessionJwt,
    useSecureCookies: secureCookies(),
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
          totpCode: { label: "Authentication code", type: "text" },
          recoveryCode: { label: "Recovery code", type: "text" },
        },
        async authorize(credentials, request) {
          try {
            const parsed = signInSchema.safeParse(credentials);
            if (!parsed.success) throw new AppError("VALIDATION_FAILED", "Enter your email address and password.");
            return await authenticate(parsed.data, clientIp(request?.headers));
          } catch (error) {
            if (isAppError(error)) {
              onSignInRefused?.(error);
              throw new Error(error.message);
            }
            logger.error({ err: error }, "sign-in failed unexpectedly");
            throw new Error("Sign-in is unavailable right now. Try again in a minute.");
          }
        },
      }),
      ...ssoNextAuthProviders(),
    ],
    callbacks: {
      signIn({ account, profile }) {
        return !account || account.type === "credentials" ? true : providerSignIn(account, profile);
      },
      // Every callbackUrl (query, body, cookie) passes here: anything but a path on this site goes to the dashboard.
      redirect({ url, baseUrl }) {
        return `${baseUrl}${callbackPathOnSite(url, baseUrl) ?? DEFAULT_AFTER_SIGN_IN}`;
      },
      jwt({ token, user, account }) {
        if (account?.type === "oauth") return providerSessionToken(token, account);
        if (user) {
          token.sub = user.id;
          token.sessionVersion = user.sessionVersion;
          token.signInMethod = "password";
          if (user.role) token.role = user.role;
        }
        return token;
      },
      session({ session, token }) {
        if (session.user) {
          session.user.id = token.sub ?? "";
          session.user.role = token.role;
        }
        return session;
      },
    },
  };
}
