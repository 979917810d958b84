import { STANDIN_SECRET_KEY, STANDIN_WEBHOOK_SECRET } from "../../lib/stripe";

// What must never appear in a log line or an API answer, for the scans over a whole e2e run
// (tests/e2e/log-scan.e2e.ts) and over a crash run (scripts/crash/secret-scan.ts).

export type SecretPattern = { what: string; pattern: RegExp };

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** `passwords`: the passwords the run typed, as one pattern; `oidcClientSecret`: the test provider's, when the run had one. */
export function secretPatterns({
  authSecret,
  passwords,
  oidcClientSecret,
}: {
  authSecret: string;
  passwords: RegExp;
  oidcClientSecret?: string;
}): SecretPattern[] {
  return [
    ...(oidcClientSecret ? [{ what: "the OpenID Connect client secret", pattern: new RegExp(escapeRegExp(oidcClientSecret)) }] : []),
    { what: "a passwordHash field", pattern: /passwordHash/i },
    { what: "an argon2 hash", pattern: /\$argon2/ },
    { what: "a two-factor secret or recovery-code hash field", pattern: /encryptedSecret|codeHash/ },
    { what: "the NEXTAUTH_SECRET", pattern: new RegExp(escapeRegExp(authSecret)) },
    { what: "the Stripe secret key", pattern: new RegExp(escapeRegExp(STANDIN_SECRET_KEY)) },
    { what: "the Stripe webhook secret", pattern: new RegExp(escapeRegExp(STANDIN_WEBHOOK_SECRET)) },
    { what: "a password", pattern: passwords },
    // next-auth's session cookie is a JWE whose header is {"alg":"dir","enc":"A256GCM"}.
    { what: "a session token", pattern: /eyJhbGciOiJkaXIi/ },
    // The single-use links emailed for a password reset, an address to confirm or an email change.
    { what: "an emailed link's token", pattern: /token=[A-Za-z0-9_-]{43}/ },
    // The whole of a personal API token; its 12-character display prefix alone is not a secret.
    { what: "an API token", pattern: /vtd_[A-Za-z0-9_-]{43}/ },
  ];
}

export function findSecrets(sources: { name: string; texts: string[] }[], patterns: SecretPattern[]) {
  const found: string[] = [];
  for (const source of sources) {
    for (const text of source.texts) {
      for (const { what, pattern } of patterns) if (pattern.test(text)) found.push(`${source.name} contains ${what}: ${text.slice(0, 300)}`);
    }
  }
  return found;
}
