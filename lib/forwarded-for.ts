/**
 * X-Forwarded-For as the app should believe it: the entries our `trustedProxies` reverse proxies
 * appended (the last ones of the incoming header), then the address this server's socket sees.
 * Whatever a caller wrote before them is dropped, so with N trusted proxies the caller's address is
 * the entry N from the right, and with none it is the socket's address.
 */
export function believedForwardedFor(incoming: string | string[] | undefined, socketAddress: string | undefined, trustedProxies: number) {
  const hops = [incoming ?? []]
    .flat()
    .flatMap((value) => value.split(","))
    .map((hop) => hop.trim())
    .filter(Boolean);
  const trusted = trustedProxies > 0 ? hops.slice(-trustedProxies) : [];
  return [...trusted, socketAddress ?? "unknown"].join(", ");
}
