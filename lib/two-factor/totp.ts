import { Secret, TOTP } from "otpauth";

// Authenticator-app codes (RFC 6238: SHA-1, 6 digits, 30 seconds, what every app supports). A code
// from one step before or after the server's is accepted for clock drift; a step once accepted is
// remembered, so neither that code nor an earlier one works again.

export const TOTP_PERIOD_SECONDS = 30;
const DRIFT_STEPS = 1;
const ISSUER = "Vetted";

export const newTotpSecret = () => new Secret({ size: 20 }).base32;

const totpOf = (secret: string, label = "") =>
  new TOTP({ issuer: ISSUER, label, secret: Secret.fromBase32(secret), algorithm: "SHA1", digits: 6, period: TOTP_PERIOD_SECONDS });

/** What a QR code carries for an authenticator app. */
export const otpauthUri = (secret: string, email: string) => totpOf(secret, email).toString();

/** "JBSW Y3DP EHPK 3PXP …": easier to type from the screen. */
export const groupedKey = (secret: string) => secret.match(/.{1,4}/g)?.join(" ") ?? secret;

export const totpStep = (at: Date) => Math.floor(at.getTime() / 1000 / TOTP_PERIOD_SECONDS);

export type TotpCheck = { isValid: true; step: number } | { isValid: false; reason: "wrong" | "used" };

export function checkTotpCode({ secret, code, lastUsedStep, at }: { secret: string; code: string; lastUsedStep: number | null; at: Date }): TotpCheck {
  const delta = totpOf(secret).validate({ token: code, timestamp: at.getTime(), window: DRIFT_STEPS });
  if (delta === null) return { isValid: false, reason: "wrong" };
  const step = totpStep(at) + delta;
  if (lastUsedStep !== null && step <= lastUsedStep) return { isValid: false, reason: "used" };
  return { isValid: true, step };
}
