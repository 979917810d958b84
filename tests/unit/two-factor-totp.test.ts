import { Secret, TOTP } from "otpauth";
import { describe, expect, it } from "vitest";
import { checkTotpCode, groupedKey, newTotpSecret, otpauthUri, TOTP_PERIOD_SECONDS, totpStep } from "@/lib/two-factor/totp";

const secret = newTotpSecret();
const at = new Date("2026-12-07T10:00:10Z");
const stepOf = (date: Date) => totpStep(date);
const codeAt = (date: Date) => new TOTP({ secret: Secret.fromBase32(secret), period: TOTP_PERIOD_SECONDS }).generate({ timestamp: date.getTime() });
const shifted = (steps: number) => new Date(at.getTime() + steps * TOTP_PERIOD_SECONDS * 1000);

describe("checkTotpCode", () => {
  it("accepts the current code and names its time step", () => {
    expect(checkTotpCode({ secret, code: codeAt(at), lastUsedStep: null, at })).toEqual({ isValid: true, step: stepOf(at) });
  });

  it("accepts one step of clock drift either way, and no more", () => {
    expect(checkTotpCode({ secret, code: codeAt(shifted(-1)), lastUsedStep: null, at })).toEqual({ isValid: true, step: stepOf(at) - 1 });
    expect(checkTotpCode({ secret, code: codeAt(shifted(1)), lastUsedStep: null, at })).toEqual({ isValid: true, step: stepOf(at) + 1 });
    expect(checkTotpCode({ secret, code: codeAt(shifted(-2)), lastUsedStep: null, at })).toEqual({ isValid: false, reason: "wrong" });
    expect(checkTotpCode({ secret, code: codeAt(shifted(2)), lastUsedStep: null, at })).toEqual({ isValid: false, reason: "wrong" });
  });

  it("refuses a code whose step was already used, or an earlier one", () => {
    const step = stepOf(at);
    expect(checkTotpCode({ secret, code: codeAt(at), lastUsedStep: step, at })).toEqual({ isValid: false, reason: "used" });
    expect(checkTotpCode({ secret, code: codeAt(shifted(-1)), lastUsedStep: step, at })).toEqual({ isValid: false, reason: "used" });
    expect(checkTotpCode({ secret, code: codeAt(shifted(1)), lastUsedStep: step, at })).toEqual({ isValid: true, step: step + 1 });
  });

  it("refuses another secret's code and anything that is not one", () => {
    const other = new TOTP({ secret: Secret.fromBase32(newTotpSecret()) }).generate({ timestamp: at.getTime() });
    const forged = other === codeAt(at) ? "000000" : other;
    expect(checkTotpCode({ secret, code: forged, lastUsedStep: null, at }).isValid).toBe(false);
    for (const code of ["", "12345", "1234567", "abcdef"]) expect(checkTotpCode({ secret, code, lastUsedStep: null, at }).isValid).toBe(false);
  });
});

describe("enrolment display", () => {
  it("groups the key in fours and names Vetted and the account in the QR code's URI", () => {
    expect(groupedKey("JBSWY3DPEHPK3PXP")).toBe("JBSW Y3DP EHPK 3PXP");
    const uri = otpauthUri(secret, "ada@example.test");
    expect(uri).toMatch(/^otpauth:\/\/totp\/Vetted:ada%40example\.test\?/);
    expect(uri).toContain(`secret=${secret}`);
    expect(uri).toContain("issuer=Vetted");
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  });
});
