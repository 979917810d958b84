import { env } from "@/lib/env";

/** An absolute address in this app, for links that leave it: emails, Stripe's return pages. */
export function appUrl(path: string) {
  return new URL(path, env().NEXTAUTH_URL ?? "http://localhost:3000").toString();
}
