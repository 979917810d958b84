import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

// A state-changing call must come from one of our own pages (or from a program, which sends none of the
// browser's origin headers and carries no cookie it did not choose to). Browsers send Origin on every
// cross-origin POST; Sec-Fetch-Site and Referer are the fallbacks for the few that omit it.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

const crossSite = () => new AppError("FORBIDDEN", "This request came from another website. Vetted accepts changes only from its own pages.");

function originOf(url: string) {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** Our origins: the configured public URL and the address this request was sent to (a browser cannot forge Host). */
function ownOrigins(headers: Headers, requestUrl: string) {
  const origins = new Set<string>();
  const configured = env().NEXTAUTH_URL;
  if (configured) origins.add(new URL(configured).origin);
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (host) {
    const protocol = headers.get("x-forwarded-proto") ?? new URL(requestUrl).protocol.replace(":", "");
    origins.add(`${protocol}://${host}`);
  }
  return origins;
}

export function assertSameOrigin(request: { method: string; headers: Headers; url: string }) {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.get("origin");
  if (origin !== null) {
    if (!ownOrigins(request.headers, request.url).has(origin)) throw crossSite();
    return;
  }
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite !== null) {
    if (fetchSite !== "same-origin" && fetchSite !== "none") throw crossSite();
    return;
  }
  const referer = request.headers.get("referer");
  if (referer !== null) {
    const refererOrigin = originOf(referer);
    if (!refererOrigin || !ownOrigins(request.headers, request.url).has(refererOrigin)) throw crossSite();
  }
}
