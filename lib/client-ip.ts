type HeaderSource = Headers | Record<string, unknown> | undefined;

function header(source: HeaderSource, name: string) {
  if (!source) return undefined;
  const value = source instanceof Headers ? source.get(name) : source[name];
  return typeof value === "string" ? value : undefined;
}

/** The caller's address as the first proxy saw it; "unknown" when run without one (e.g. tests). */
export function clientIp(headers: HeaderSource) {
  const forwarded = header(headers, "x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || header(headers, "x-real-ip") || "unknown";
}
