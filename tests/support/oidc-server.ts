import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

// A real OpenID Connect provider (the `oidc-provider` package) for tests, on a port the OS picks. Its
// login page is the package's development form: any password works, and the login names the person:
//   "ada@example.test"            → email ada@example.test, verified
//   "unverified:ada@example.test" → the same address, not verified (a different provider account)
// Consent is granted automatically, as a company's own identity provider does for its own apps.

export type OidcServer = { issuer: string; clientId: string; clientSecret: string; stop(): Promise<void> };

const UNVERIFIED = "unverified:";

export function claimsForLogin(login: string) {
  const isVerified = !login.startsWith(UNVERIFIED);
  const email = (isVerified ? login : login.slice(UNVERIFIED.length)).trim().toLowerCase();
  const localPart = email.split("@")[0] ?? email;
  const name = localPart.replace(/[._-]+/g, " ").replace(/\b\w/g, (letter) => letter.toUpperCase());
  return { sub: login, email, email_verified: isVerified, name };
}

export async function startOidcServer({ redirectUris }: { redirectUris: string[] }): Promise<OidcServer> {
  // ESM-only package: imported, not required, so that this file also loads from tsx's CommonJS.
  const { default: Provider } = await import("oidc-provider");
  let handle: http.RequestListener = (_request, response) => response.writeHead(503).end();
  const server = http.createServer((request, response) => handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://localhost:${port}`;
  const clientId = "vetted-test-client";
  const clientSecret = randomBytes(24).toString("hex");

  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: redirectUris, response_types: ["code"], grant_types: ["authorization_code"] }],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // The email claims go into the ID token itself, which is what next-auth reads for an OIDC provider.
    conformIdTokenClaims: false,
    cookies: { keys: [randomBytes(32).toString("hex")] },
    features: { devInteractions: { enabled: true } },
    findAccount: (_context, accountId) => ({ accountId, claims: () => claimsForLogin(accountId) }),
    async loadExistingGrant(context) {
      const { oidc } = context;
      const grantId = oidc.result?.consent?.grantId || oidc.session?.grantIdFor(oidc.client?.clientId ?? "");
      if (grantId) return oidc.provider.Grant.find(grantId);
      const grant = new oidc.provider.Grant({ clientId: oidc.client?.clientId, accountId: oidc.session?.accountId });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
  });
  handle = provider.callback();
  return {
    issuer,
    clientId,
    clientSecret,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
