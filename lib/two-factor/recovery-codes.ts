import { createHmac, hkdfSync, randomInt } from "node:crypto";
import { normalizeRecoveryCode, RECOVERY_CODE_ALPHABET, RECOVERY_CODE_HALF_LENGTH } from "./recovery-codes-format";
import { twoFactorKey } from "./secret-box";

// Ten one-time codes for when the authenticator app is lost. Only a keyed hash of each is stored
// (HMAC under a key derived from TWO_FACTOR_ENCRYPTION_KEY), so a copy of the database alone cannot
// be searched for them.

export const RECOVERY_CODE_COUNT = 10;

const randomChunk = () => Array.from({ length: RECOVERY_CODE_HALF_LENGTH }, () => RECOVERY_CODE_ALPHABET[randomInt(RECOVERY_CODE_ALPHABET.length)]).join("");

export const newRecoveryCodes = () => Array.from({ length: RECOVERY_CODE_COUNT }, () => `${randomChunk()}-${randomChunk()}`);

let hashKey: { from: Buffer; key: Buffer } | undefined;

export function hashRecoveryCode(userId: string, code: string, key: Buffer = twoFactorKey()) {
  if (!hashKey?.from.equals(key)) hashKey = { from: key, key: Buffer.from(hkdfSync("sha256", key, "", "Vetted recovery codes", 32)) };
  return createHmac("sha256", hashKey.key)
    .update(`${userId}:${normalizeRecoveryCode(code)}`)
    .digest("hex");
}
