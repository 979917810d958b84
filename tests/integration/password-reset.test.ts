import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashToken } from "@/lib/account-links/account-tokens";
import { isSealedText, openText } from "@/lib/account-links/sealed-text";
import { requestPasswordReset } from "@/lib/accounts/request-password-reset";
import { resetPassword } from "@/lib/accounts/reset-password";
import { authenticate } from "@/lib/auth/sign-in";
import { signUp } from "@/lib/auth/sign-up";
import { db } from "@/lib/db";
import { ACCOUNT_LINK_FAILURES, PASSWORD_RESET_EMAILS, PASSWORD_RESET_REQUESTS } from "@/lib/rate-limit";
import { loadSessionUser } from "@/lib/sessions/session-user";
import { tokenInEmail } from "../support/account-links";

const PASSWORD = "correct horse battery";
const NEW_PASSWORD = "quiet lantern orbit meadow";
const uniqueEmail = () => `reset-${randomUUID()}@example.test`;
const uniqueIp = () => `reset-${randomUUID()}`;
const MINUTE = 60_000;

async function createAccount() {
  const email = uniqueEmail();
  const account = await signUp({ accountType: "EXPERT", name: "Robin Reset", email, password: PASSWORD });
  return { ...account, email };
}

async function resetEmailsTo(email: string) {
  return db.emailOutbox.findMany({ where: { toEmail: email, subject: "Reset your Vetted password" }, orderBy: { createdAt: "asc" }, select: { text: true } });
}

async function latestResetToken(email: string) {
  const emails = await resetEmailsTo(email);
  const token = emails.length ? tokenInEmail(emails.at(-1)!.text, "/reset-password") : null;
  if (!token) throw new Error(`no reset link was sent to ${email}`);
  return token;
}

const passwordHashOf = async (id: string) => await db.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true, sessionVersion: true } });

describe("asking for a password reset", () => {
  it("emails a link whose token is stored only as a hash and whose text is sealed in the outbox", async () => {
    const { id, email } = await createAccount();
    await requestPasswordReset({ email }, { ip: uniqueIp() });
    const [sent] = await resetEmailsTo(email);
    expect(isSealedText(sent.text)).toBe(true);
    expect(openText(sent.text)).toContain("/reset-password?token=");
    const token = tokenInEmail(sent.text, "/reset-password")!;
    const stored = await db.accountToken.findMany({ where: { userId: id, purpose: "PASSWORD_RESET" }, select: { tokenHash: true, expiresAt: true } });
    expect(stored).toHaveLength(1);
    expect(stored[0].tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored[0].expiresAt.getTime() - Date.now()).toBeGreaterThan(59 * MINUTE);
    expect(stored[0].expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(60 * MINUTE);
  });

  it("answers an unknown address exactly as a known one, and sends nothing", async () => {
    const { email } = await createAccount();
    const unknown = uniqueEmail();
    const known = await requestPasswordReset({ email }, { ip: uniqueIp() });
    const stranger = await requestPasswordReset({ email: unknown }, { ip: uniqueIp() });
    expect(stranger).toEqual(known);
    expect(await db.emailOutbox.count({ where: { toEmail: unknown } })).toBe(0);
  });

  it("sends at most 5 links an hour to one address, silently, and refuses a network after 20 requests", async () => {
    const { email } = await createAccount();
    for (let attempt = 0; attempt < PASSWORD_RESET_EMAILS.max + 2; attempt++) await requestPasswordReset({ email }, { ip: uniqueIp() });
    expect(await resetEmailsTo(email)).toHaveLength(PASSWORD_RESET_EMAILS.max);

    const ip = uniqueIp();
    for (let attempt = 0; attempt < PASSWORD_RESET_REQUESTS.max; attempt++) await requestPasswordReset({ email: uniqueEmail() }, { ip });
    await expect(requestPasswordReset({ email }, { ip })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});

describe("resetting the password through the link", () => {
  it("sets the new password, uses the link up, revokes every session and tells the owner", async () => {
    const { id, email } = await createAccount();
    expect(await loadSessionUser(id, 0)).toMatchObject({ id });
    await requestPasswordReset({ email }, { ip: uniqueIp() });
    await resetPassword({ token: await latestResetToken(email), password: NEW_PASSWORD }, { ip: uniqueIp() });

    await expect(authenticate({ email, password: NEW_PASSWORD }, uniqueIp())).resolves.toMatchObject({ id, sessionVersion: 1 });
    await expect(authenticate({ email, password: PASSWORD }, uniqueIp())).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await loadSessionUser(id, 0)).toBeNull(); // a session from before the reset
    expect(await loadSessionUser(id, 1)).toMatchObject({ id });
    expect(await db.auditLog.count({ where: { targetId: id, action: "account.password-reset" } })).toBe(1);
    expect(await db.emailOutbox.count({ where: { toEmail: email, subject: "Your Vetted password was changed" } })).toBe(1);
    // Following the link proved the address is theirs.
    expect((await db.user.findUniqueOrThrow({ where: { id }, select: { emailVerifiedAt: true } })).emailVerifiedAt).not.toBeNull();
  });

  it("works once: a second use is refused and changes nothing", async () => {
    const { id, email } = await createAccount();
    await requestPasswordReset({ email }, { ip: uniqueIp() });
    const token = await latestResetToken(email);
    await resetPassword({ token, password: NEW_PASSWORD }, { ip: uniqueIp() });
    const before = await passwordHashOf(id);
    await expect(resetPassword({ token, password: "another fine passphrase here" }, { ip: uniqueIp() })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("already used"),
    });
    expect(await passwordHashOf(id)).toEqual(before);
  });

  it("of two uses at once, exactly one wins", async () => {
    const { email } = await createAccount();
    await requestPasswordReset({ email }, { ip: uniqueIp() });
    const token = await latestResetToken(email);
    const results = await Promise.allSettled([
      resetPassword({ token, password: NEW_PASSWORD }, { ip: uniqueIp() }),
      resetPassword({ token, password: "another fine passphrase here" }, { ip: uniqueIp() }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
  });

  it("expires after one hour, changing nothing", async () => {
    const { id, email } = await createAccount();
    await requestPasswordReset({ email }, { ip: uniqueIp() });
    const token = await latestResetToken(email);
    const before = await passwordHashOf(id);
    await expect(resetPassword({ token, password: NEW_PASSWORD }, { ip: uniqueIp() }, new Date(Date.now() + 61 * MINUTE))).rejects.toMatchObject({
      message: expect.stringContaining("expired"),
    });
    expect(await passwordHashOf(id)).toEqual(before);
  });

  it("is replaced by a newer link", async () => {
    const { email } = await createAccount();
    await requestPasswordReset({ email }, { ip: uniqueIp() });
    const older = await latestResetToken(email);
    await requestPasswordReset({ email }, { ip: uniqueIp() });
    const newer = await latestResetToken(email);
    expect(newer).not.toBe(older);
    await expect(resetPassword({ token: older, password: NEW_PASSWORD }, { ip: uniqueIp() })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: expect.stringContaining("not valid"),
    });
    await expect(resetPassword({ token: newer, password: NEW_PASSWORD }, { ip: uniqueIp() })).resolves.toBeUndefined();
  });

  it("refuses a weak password and keeps the link for another try", async () => {
    const { id, email } = await createAccount();
    await requestPasswordReset({ email }, { ip: uniqueIp() });
    const token = await latestResetToken(email);
    await expect(resetPassword({ token, password: "password123" }, { ip: uniqueIp() })).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      fields: { password: [expect.any(String)] },
    });
    expect((await passwordHashOf(id)).sessionVersion).toBe(0);
    await expect(resetPassword({ token, password: NEW_PASSWORD }, { ip: uniqueIp() })).resolves.toBeUndefined();
  });

  it("stops an address that keeps trying links that do not work, even a right one", async () => {
    const { email } = await createAccount();
    await requestPasswordReset({ email }, { ip: uniqueIp() });
    const token = await latestResetToken(email);
    const ip = uniqueIp();
    for (let attempt = 0; attempt < ACCOUNT_LINK_FAILURES.max; attempt++) {
      const forged = `${randomUUID()}${randomUUID()}`.replaceAll("-", "").slice(0, 43);
      await expect(resetPassword({ token: forged, password: NEW_PASSWORD }, { ip })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(resetPassword({ token, password: NEW_PASSWORD }, { ip })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(resetPassword({ token, password: NEW_PASSWORD }, { ip: uniqueIp() })).resolves.toBeUndefined();
  });
});
