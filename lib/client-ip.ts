import { env } from "@/lib/env";

type HeaderSource = Headers | Record<string, unknown> | undefined;

function header(source: HeaderSource, name: string) {
  if (!source) return undefined;
  const value = source instanceof Headers ? source.get(name) : source[name];
  return typeof value === "string" ? value : undefined;
}

/**
 * The caller's address as our outermost trusted proxy saw it. The app server (scripts/server.ts) ends
 * X-Forwarded-For with the socket's address after the entries our N trusted proxies appended, so the
 * entry N from the right is the one to believe (N = 0: the socket's). "unknown" when there is none.
 */
export function clientIp(headers: HeaderSource, trustedProxies = env().TRUSTED_PROXY_COUNT) {
  const hops = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  const trusted = hops[Math.max(0, hops.length - 1 - trustedProxies)];
  return trusted || header(headers, "x-real-ip") || "unknown";
}
