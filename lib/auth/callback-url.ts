export const DEFAULT_AFTER_SIGN_IN = "/dashboard";

/**
 * Where to go after signing in: only a path on this site ("/client/requests?x=1"), never another origin.
 * Rejects protocol-relative URLs ("//evil.test") and the backslash form browsers treat the same ("/\evil.test").
 */
export function safeCallbackPath(value: string | null | undefined): string | null {
  if (!value?.startsWith("/")) return null;
  if (value.startsWith("//") || value.startsWith("/\\")) return null;
  // Control characters (tabs, newlines) are stripped by URL parsers and could turn "/\t/evil.test" into "//evil.test".
  if ([...value].some((character) => character.charCodeAt(0) < 0x20 || character.charCodeAt(0) === 0x7f)) return null;
  return value;
}

/**
 * The path on this site that a callbackUrl names: a safe path as above, or an absolute URL on `origin`
 * (next-auth itself passes those around); null for anything else, including what does not parse.
 */
export function callbackPathOnSite(value: string, origin: string): string | null {
  if (value.startsWith("/")) return safeCallbackPath(value);
  try {
    const url = new URL(value);
    return url.origin === origin ? safeCallbackPath(`${url.pathname}${url.search}${url.hash}`) : null;
  } catch {
    return null;
  }
}
