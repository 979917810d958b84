import { env } from "@/lib/env";

/** Secure (HTTPS-only, __Secure- prefixed) session cookies in production unless SECURE_COOKIES says otherwise. */
export function secureCookies() {
  const setting = env().SECURE_COOKIES;
  return setting ? setting === "true" : env().isProduction;
}
