import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

const digest = (text: string) => createHash("sha256").update(text).digest();

/** Whether the request carries `Authorization: Bearer <METRICS_TOKEN>`; never, when no token is configured. */
export function hasMetricsToken(headers: Headers, expected = env().METRICS_TOKEN) {
  const given = /^Bearer (.+)$/i.exec(headers.get("authorization") ?? "")?.[1];
  if (!expected || !given) return false;
  // Compared as digests: equal lengths, and the time taken says nothing about the token.
  return timingSafeEqual(digest(given), digest(expected));
}
