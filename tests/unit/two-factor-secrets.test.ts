import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashRecoveryCode, newRecoveryCodes, RECOVERY_CODE_COUNT } from "@/lib/two-factor/recovery-codes";
import { looksLikeRecoveryCode, normalizeRecoveryCode } from "@/lib/two-factor/recovery-codes-format";
import { openSecret, sealSecret } from "@/lib/two-factor/secret-box";

const key = randomBytes(32);
const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

describe("secrets at rest", () => {
  it("round-trips, and never stores the secret in clear", () => {
    const sealed = sealSecret(secret, "user_1", key);
    expect(sealed).not.toContain(secret);
    expect(sealed).toMatch(/^v1\./);
    expect(openSecret(sealed, "user_1", key)).toBe(secret);
    expect(sealSecret(secret, "user_1", key)).not.toBe(sealed); // a fresh IV each time
  });

  it("refuses a tampered value, another user's value and another key", () => {
    const sealed = sealSecret(secret, "user_1", key);
    const [version, iv, tag, ciphertext] = sealed.split(".");
    const flipped = Buffer.from(ciphertext, "base64url");
    flipped[0] ^= 1;
    expect(() => openSecret([version, iv, tag, flipped.toString("base64url")].join("."), "user_1", key)).toThrow();
    expect(() => openSecret([version, iv, Buffer.alloc(16).toString("base64url"), ciphertext].join("."), "user_1", key)).toThrow();
    expect(() => openSecret(sealed, "user_2", key)).toThrow();
    expect(() => openSecret(sealed, "user_1", randomBytes(32))).toThrow();
    expect(() => openSecret("not a sealed value", "user_1", key)).toThrow();
  });
});

describe("recovery codes", () => {
  it("makes ten distinct codes in a shape that is easy to read off paper", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) {
      expect(code).toMatch(/^[2-9a-hjkmnp-z]{5}-[2-9a-hjkmnp-z]{5}$/);
      expect(looksLikeRecoveryCode(code)).toBe(true);
    }
  });

  it("hashes a code however it was typed, per user and per key, never in clear", () => {
    const [code] = newRecoveryCodes();
    const hash = hashRecoveryCode("user_1", code, key);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(normalizeRecoveryCode(code));
    expect(hashRecoveryCode("user_1", ` ${code.toUpperCase().replace("-", " ")} `, key)).toBe(hash);
    expect(hashRecoveryCode("user_2", code, key)).not.toBe(hash);
    expect(hashRecoveryCode("user_1", code, randomBytes(32))).not.toBe(hash);
  });

  it("tells recovery codes from authenticator codes", () => {
    expect(looksLikeRecoveryCode("123456")).toBe(false);
    expect(looksLikeRecoveryCode("abcde-fghjk")).toBe(true);
    expect(looksLikeRecoveryCode("abcde-fghj1")).toBe(false); // 1 is not in the alphabet
  });
});
