const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{8,128}$/;

/** Keeps a caller's (or a proxy's) request id when it looks sane, so logs can be joined across hops. */
export function requestIdFrom(headers: Headers) {
  const incoming = headers.get("x-request-id");
  return incoming && REQUEST_ID_PATTERN.test(incoming) ? incoming : crypto.randomUUID();
}
