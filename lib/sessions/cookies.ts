import { env } from "@/lib/env";

/** Secure (HTTPS-only, __Secure- prefixed) session cookies in production unless SECURE_COOKIES says otherwise. */
export function secureCookies() {
  const setting = env().SECURE_COOKIES;
  return setting ? setting === "true" : env().isProduction;
}

/** next-auth's session cookie name: __Secure- prefixed when cookies are secure. */
export const sessionCookieName = () => `${secureCookies() ? "__Secure-" : ""}next-auth.session-token`;
