import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { disableTwoFactor } from "@/lib/auth/disable-two-factor";
import { disableTwoFactorOperation } from "@/lib/auth/disable-two-factor.operation";
import { authenticate } from "@/lib/auth/sign-in";
import { signUp } from "@/lib/auth/sign-up";
import { TWO_FACTOR_REQUIRED } from "@/lib/credentials/schemas";
import { db } from "@/lib/db";
import { SIGN_IN_LOCKOUTS } from "@/lib/rate-limit";
import { confirmEnrolment } from "@/lib/two-factor/confirm-enrolment";
import { confirmEnrolmentOperation } from "@/lib/two-factor/confirm-enrolment.operation";
import { getTwoFactorStatus } from "@/lib/two-factor/get-two-factor-status";
import { getTwoFactorStatusOperation } from "@/lib/two-factor/get-two-factor-status.operation";
import { regenerateRecoveryCodes } from "@/lib/two-factor/regenerate-recovery-codes";
import { regenerateRecoveryCodesOperation } from "@/lib/two-factor/regenerate-recovery-codes.operation";
import { startEnrolment } from "@/lib/two-factor/start-enrolment";
import { startEnrolmentOperation } from "@/lib/two-factor/start-enrolment.operation";
import { sessionUserOf } from "../fixtures/matching";
import { totpCode } from "../fixtures/two-factor";
import { callOperation, refusalOf } from "../support/call-operation";

const PASSWORD = "correct horse battery";

async function createUser() {
  const email = `two-factor-${randomUUID()}@example.test`;
  const account = await signUp({ accountType: "EXPERT", name: "Tess Two-Factor", email, password: PASSWORD });
  return { id: account.id, email };
}

/** Enrols through the real steps; returns the secret (read off the QR code's URI) and the recovery codes. */
async function enrol(user: { id: string; email: string }) {
  const { otpauthUri } = await startEnrolment({ user });
  const secret = new URL(otpauthUri).searchParams.get("secret") ?? "";
  const { recoveryCodes } = await confirmEnrolment({ user, code: totpCode(secret) });
  return { secret, recoveryCodes };
}

const credentialOf = (userId: string) =>
  db.twoFactorCredential.findUnique({ where: { userId }, select: { confirmedAt: true, lastUsedStep: true, encryptedSecret: true } });
const auditActions = async (userId: string) =>
  (await db.auditLog.findMany({ where: { targetId: userId }, select: { action: true }, orderBy: { createdAt: "asc" } })).map((entry) => entry.action);

/** The owner is told of each change, in the app and by email. */
const noticesTo = async (userId: string) =>
  (await db.notification.findMany({ where: { userId }, select: { kind: true }, orderBy: { createdAt: "asc" } })).map((notice) => notice.kind);

describe("enrolment", () => {
  it("keeps a new secret pending, encrypted, until a current code confirms it; then gives ten recovery codes stored only as hashes", async () => {
    const user = await createUser();
    const started = await startEnrolment({ user });
    const secret = new URL(started.otpauthUri).searchParams.get("secret") ?? "";
    expect(started.manualKey.replaceAll(" ", "")).toBe(secret);
    expect(started.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    const pending = await credentialOf(user.id);
    expect(pending).toMatchObject({ confirmedAt: null });
    expect(pending?.encryptedSecret).not.toContain(secret);
    expect((await getTwoFactorStatus(user.id)).isEnabled).toBe(false);

    await expect(confirmEnrolment({ user, code: totpCode(secret, new Date(), -3) })).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      fields: { code: [expect.stringContaining("not right")] },
    });
    expect(await credentialOf(user.id)).toMatchObject({ confirmedAt: null, lastUsedStep: null });

    const { recoveryCodes } = await confirmEnrolment({ user, code: totpCode(secret) });
    expect(recoveryCodes).toHaveLength(10);
    expect(await getTwoFactorStatus(user.id)).toMatchObject({ isEnabled: true, recoveryCodesLeft: 10 });
    const stored = await db.twoFactorRecoveryCode.findMany({ where: { userId: user.id }, select: { codeHash: true } });
    const storedText = JSON.stringify(stored);
    for (const code of recoveryCodes) expect(storedText).not.toContain(code.replace("-", ""));
    expect(await auditActions(user.id)).toContain("two-factor.enabled");

    await expect(confirmEnrolment({ user, code: totpCode(secret, new Date(), 1) })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(startEnrolment({ user })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("limits wrong codes on the settings to 5 in 15 minutes", async () => {
    const user = await createUser();
    const { otpauthUri } = await startEnrolment({ user });
    const secret = new URL(otpauthUri).searchParams.get("secret") ?? "";
    const wrong = totpCode(secret, new Date(), -5);
    for (let attempt = 0; attempt < 5; attempt++) await expect(confirmEnrolment({ user, code: wrong })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    await expect(confirmEnrolment({ user, code: totpCode(secret) })).rejects.toMatchObject({ code: "RATE_LIMITED", status: 429 });
    expect(await credentialOf(user.id)).toMatchObject({ confirmedAt: null });
  });
});

describe("sign-in with two-factor authentication", () => {
  it("asks for a code after the right password, takes a current one once, and refuses it again", async () => {
    const user = await createUser();
    const { secret } = await enrol(user);
    await expect(authenticate({ email: user.email, password: PASSWORD }, "10.9.0.1")).rejects.toMatchObject({ message: TWO_FACTOR_REQUIRED });
    // The enrolment took the current step: the next one (one step of drift) signs in, once.
    const code = totpCode(secret, new Date(), 1);
    await expect(authenticate({ email: user.email, password: PASSWORD, totpCode: code }, "10.9.0.1")).resolves.toMatchObject({ id: user.id });
    await expect(authenticate({ email: user.email, password: PASSWORD, totpCode: code }, "10.9.0.1")).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
      message: expect.stringContaining("already used"),
    });
    await expect(authenticate({ email: user.email, password: PASSWORD, totpCode: totpCode(secret) }, "10.9.0.1")).rejects.toMatchObject({
      message: expect.stringContaining("already used"),
    });
  });

  it("never asks for the code before the password is right", async () => {
    const user = await createUser();
    const { secret } = await enrol(user);
    await expect(authenticate({ email: user.email, password: "wrong password", totpCode: totpCode(secret, new Date(), 1) }, "10.9.0.2")).rejects.toMatchObject({
      message: expect.stringContaining("do not match"),
    });
    expect((await credentialOf(user.id))?.lastUsedStep).not.toBeNull(); // the enrolment's step, untouched
  });

  it("counts wrong codes toward the lockout: after 10 even the right code is refused", async () => {
    const user = await createUser();
    const { secret } = await enrol(user);
    for (let attempt = 0; attempt < 10; attempt++) {
      await expect(authenticate({ email: user.email, password: PASSWORD, totpCode: "000000" }, `10.9.1.${attempt}`)).rejects.toMatchObject({
        code: "UNAUTHENTICATED",
      });
    }
    await expect(authenticate({ email: user.email, password: PASSWORD, totpCode: totpCode(secret, new Date(), 1) }, "10.9.1.99")).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    expect(await db.rateLimitEvent.count({ where: { bucket: SIGN_IN_LOCKOUTS.bucket, key: user.email } })).toBe(1);
  });

  it("takes each recovery code once, however it is typed, and audits its use", async () => {
    const user = await createUser();
    const { recoveryCodes } = await enrol(user);
    const [first] = recoveryCodes;
    const typed = ` ${first.toUpperCase().replace("-", " ")} `;
    await expect(authenticate({ email: user.email, password: PASSWORD, recoveryCode: typed }, "10.9.2.1")).resolves.toMatchObject({ id: user.id });
    await expect(authenticate({ email: user.email, password: PASSWORD, recoveryCode: first }, "10.9.2.1")).rejects.toMatchObject({
      message: expect.stringContaining("already used"),
    });
    await expect(authenticate({ email: user.email, password: PASSWORD, recoveryCode: "abcde-fghjk" }, "10.9.2.1")).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    expect((await getTwoFactorStatus(user.id)).recoveryCodesLeft).toBe(9);
    expect(await auditActions(user.id)).toContain("two-factor.recovery-code-used");
    expect(await noticesTo(user.id)).toContain("account.two-factor-recovery-code-used");
  });
});

describe("managing two-factor authentication", () => {
  it("replaces the recovery codes for a current code; the old ones stop working", async () => {
    const user = await createUser();
    const { secret, recoveryCodes } = await enrol(user);
    await expect(regenerateRecoveryCodes({ user, code: "123456" === totpCode(secret) ? "654321" : "123456" })).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
    });
    const fresh = await regenerateRecoveryCodes({ user, code: totpCode(secret, new Date(), 1) });
    expect(fresh.recoveryCodes).toHaveLength(10);
    expect(fresh.recoveryCodes.some((code) => recoveryCodes.includes(code))).toBe(false);
    await expect(authenticate({ email: user.email, password: PASSWORD, recoveryCode: recoveryCodes[0] }, "10.9.3.1")).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    await expect(authenticate({ email: user.email, password: PASSWORD, recoveryCode: fresh.recoveryCodes[0] }, "10.9.3.1")).resolves.toMatchObject({
      id: user.id,
    });
    expect(await auditActions(user.id)).toContain("two-factor.recovery-codes-regenerated");
  });

  it("turns off only with the password and a current code, changing nothing otherwise", async () => {
    const user = await createUser();
    const { secret } = await enrol(user);
    const code = totpCode(secret, new Date(), 1);
    await expect(disableTwoFactor({ user, password: "not my password", code })).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      fields: { password: [expect.any(String)] },
    });
    await expect(disableTwoFactor({ user, password: PASSWORD, code: totpCode(secret, new Date(), -4) })).rejects.toMatchObject({
      fields: { code: [expect.any(String)] },
    });
    expect((await getTwoFactorStatus(user.id)).isEnabled).toBe(true);
    await expect(disableTwoFactor({ user, password: PASSWORD, code })).resolves.toEqual({ isEnabled: false });
    expect(await credentialOf(user.id)).toBeNull();
    expect(await db.twoFactorRecoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await auditActions(user.id)).toContain("two-factor.disabled");
    expect(await noticesTo(user.id)).toEqual(["account.two-factor-enabled", "account.two-factor-disabled"]);
    await expect(authenticate({ email: user.email, password: PASSWORD }, "10.9.4.1")).resolves.toMatchObject({ id: user.id });
  });
});

describe("over the API", () => {
  it("enrols, replaces recovery codes and turns off through the declared operations, within their schemas", async () => {
    const user = await sessionUserOf((await createUser()).id);
    const started = await callOperation(startEnrolmentOperation, user);
    expect(started.status).toBe(201);
    const secret = new URL(String(started.json.otpauthUri)).searchParams.get("secret") ?? "";

    expect(await refusalOf(callOperation(confirmEnrolmentOperation, user, { body: { code: "12345" } }))).toMatchObject({
      status: 422,
      fields: { code: ["Enter the 6-digit code from your authenticator app."] },
    });
    const confirmed = await callOperation(confirmEnrolmentOperation, user, { body: { code: totpCode(secret) } });
    expect(confirmed.status).toBe(200);
    expect(confirmed.json.recoveryCodes).toHaveLength(10);
    expect((await callOperation(getTwoFactorStatusOperation, user)).json).toMatchObject({ isEnabled: true, recoveryCodesLeft: 10 });

    const regenerated = await callOperation(regenerateRecoveryCodesOperation, user, { body: { code: totpCode(secret, new Date(), 1) } });
    expect(regenerated.status).toBe(200);
    const [recoveryCode] = regenerated.json.recoveryCodes as string[];

    expect(await refusalOf(callOperation(disableTwoFactorOperation, user, { body: { password: PASSWORD, code: "not a code" } }))).toMatchObject({
      status: 422,
      fields: { code: [expect.stringContaining("or one of your recovery codes")] },
    });
    const disabled = await callOperation(disableTwoFactorOperation, user, { body: { password: PASSWORD, code: recoveryCode } });
    expect(disabled).toEqual({ status: 200, json: { isEnabled: false } });
  });
});
