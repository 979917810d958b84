import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { Secret, TOTP } from "otpauth";
import { Client } from "pg";
import { hashPassword } from "../../lib/credentials/password";
import { sealSecret } from "../../lib/two-factor/secret-box";
import type { Credentials } from "./fixtures";

// Admins need two-factor authentication. Each test that acts as an admin gets an admin of its own,
// enrolled with a secret the test knows, because a code signs in once: two workers sharing one admin
// would refuse each other's codes.

const PERIOD_SECONDS = 30;
const stepNow = () => Math.floor(Date.now() / 1000 / PERIOD_SECONDS);
/** The last time step this process used per secret: the server refuses that step and every earlier one. */
const lastSteps = new Map<string, number>();

/** A code the server has not seen yet: now's, or the next step's (one step of drift is accepted), else after waiting. */
export async function nextTotpCode(secret: string) {
  const last = lastSteps.get(secret) ?? Number.NEGATIVE_INFINITY;
  const step = Math.max(stepNow(), last + 1);
  const waitMs = (step - 1) * PERIOD_SECONDS * 1000 - Date.now();
  if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs + 200));
  lastSteps.set(secret, step);
  return new TOTP({ secret: Secret.fromBase32(secret), period: PERIOD_SECONDS }).generate({ timestamp: step * PERIOD_SECONDS * 1000 });
}

/** The code an app shows now, for a secret this process has not used; marks that step used. */
export function currentTotpCode(secret: string) {
  lastSteps.set(secret, stepNow());
  return new TOTP({ secret: Secret.fromBase32(secret), period: PERIOD_SECONDS }).generate();
}

/** A code the app showed `steps` time steps ago: long expired for any steps above one. */
export const expiredTotpCode = (secret: string, steps: number) =>
  new TOTP({ secret: Secret.fromBase32(secret), period: PERIOD_SECONDS }).generate({ timestamp: (stepNow() - steps) * PERIOD_SECONDS * 1000 });

const twoFactorKey = () => Buffer.from(readFileSync(`.data/e2e-two-factor-key-${process.env.E2E_PORT}`, "utf8").trim(), "hex");

/**
 * A new admin, two-factor authentication on (unless `withTwoFactor: false`: an admin who has yet to
 * set it up); sign in with signInThroughApi, which computes the code.
 */
export async function createAdminAccount({ withTwoFactor = true } = {}): Promise<Credentials & { totpSecret: string; id: string }> {
  const suffix = randomUUID().slice(0, 8);
  const account = {
    id: `e2e_admin_${suffix}`,
    email: `e2e-admin-${suffix}@example.test`,
    password: `pw-${randomUUID()}`,
    totpSecret: new Secret({ size: 20 }).base32,
  };
  const database = new Client({ connectionString: readFileSync(`.data/e2e-database-url-${process.env.E2E_PORT}`, "utf8").trim() });
  await database.connect();
  try {
    await database.query(`INSERT INTO users (id, email, name, "passwordHash", role, "updatedAt") VALUES ($1, $2, $3, $4, 'ADMIN', now())`, [
      account.id,
      account.email,
      `E2E Admin ${suffix}`,
      await hashPassword(account.password),
    ]);
    if (!withTwoFactor) return { ...account, totpSecret: "" };
    await database.query(`INSERT INTO two_factor_credentials (id, "userId", "encryptedSecret", "confirmedAt", "updatedAt") VALUES ($1, $2, $3, now(), now())`, [
      `e2e_totp_${suffix}`,
      account.id,
      sealSecret(account.totpSecret, account.id, twoFactorKey()),
    ]);
  } finally {
    await database.end();
  }
  return account;
}
