import { env } from "@/lib/env";

type HeaderSource = Headers | Record<string, unknown> | undefined;

function header(source: HeaderSource, name: string) {
  if (!source) return undefined;
  const value = source instanceof Headers ? source.get(name) : source[name];
  return typeof value === "string" ? value : undefined;
}

/**
 * The caller's address as our outermost trusted proxy saw it. Each proxy appends the address it got
 * the request from to X-Forwarded-For, so with N trusted proxies the Nth entry from the right is the
 * one to believe; anything left of it came from the caller and can say anything. (Next itself fills
 * the header with the socket address only when it is missing.) "unknown" when there is none (tests).
 */
export function clientIp(headers: HeaderSource, trustedProxies = env().TRUSTED_PROXY_COUNT) {
  const hops = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  const trusted = hops[Math.max(0, hops.length - Math.max(1, trustedProxies))];
  return trusted || header(headers, "x-real-ip") || "unknown";
}
