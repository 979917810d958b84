import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { confirmEmailChange, requestEmailChange } from "@/lib/accounts/change-email";
import { changePassword, signOutOtherDevices } from "@/lib/accounts/change-password";
import { authenticate } from "@/lib/auth/sign-in";
import { signUp } from "@/lib/auth/sign-up";
import { db } from "@/lib/db";
import { PASSWORD_CONFIRM_FAILURES } from "@/lib/rate-limit";
import { sessionCookieName } from "@/lib/sessions/cookies";
import { sessionCookieFor } from "@/lib/sessions/session-cookie";
import { sessionUserFrom } from "@/lib/sessions/session-from-request";
import { sessionUserOf } from "../fixtures/matching";
import { tokenInEmail } from "../support/account-links";

const PASSWORD = "correct horse battery";
const NEW_PASSWORD = "quiet lantern orbit meadow";
const uniqueIp = () => `settings-${randomUUID()}`;
const uniqueEmail = () => `settings-${randomUUID()}@example.test`;

async function newExpert() {
  const email = uniqueEmail();
  const account = await signUp({ accountType: "EXPERT", name: "Sasha Settings", email, password: PASSWORD });
  return sessionUserOf(account.id);
}

/** A request carrying the session cookie issued at `sessionVersion`, as a browser signed in then would send. */
async function requestWithSession(user: Awaited<ReturnType<typeof newExpert>>, sessionVersion: number) {
  const cookie = await sessionCookieFor({ ...user, sessionVersion, signInMethod: "password" });
  return new Request("http://localhost/api/v1/me", { headers: { cookie: `${sessionCookieName()}=${cookie.value}` } });
}

const subjectsTo = async (email: string) =>
  (await db.emailOutbox.findMany({ where: { toEmail: email }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { subject: true } })).map(
    (row) => row.subject,
  );

describe("changing the password in settings", () => {
  it("needs the current password, revokes every other session and keeps the new one", async () => {
    const user = await newExpert();
    const otherDevice = await requestWithSession(user, 0);
    expect(await sessionUserFrom(otherDevice)).toMatchObject({ id: user.id });

    await expect(changePassword({ user, input: { currentPassword: "not my password", password: NEW_PASSWORD } })).rejects.toMatchObject({
      fields: { currentPassword: ["That is not your current password."] },
    });
    const { sessionVersion } = await changePassword({ user, input: { currentPassword: PASSWORD, password: NEW_PASSWORD } });
    expect(sessionVersion).toBe(1);
    expect(await sessionUserFrom(otherDevice)).toBeNull(); // the revoked JWT is refused on its next request
    expect(await sessionUserFrom(await requestWithSession(user, sessionVersion))).toMatchObject({ id: user.id });
    await expect(authenticate({ email: user.email, password: NEW_PASSWORD }, uniqueIp())).resolves.toMatchObject({ sessionVersion: 1 });
    expect(await db.auditLog.count({ where: { targetId: user.id, action: "account.password-changed" } })).toBe(1);
    expect(await subjectsTo(user.email)).toContain("Your Vetted password was changed");
  });

  it("refuses a weak new password and limits wrong current passwords", async () => {
    const user = await newExpert();
    await expect(changePassword({ user, input: { currentPassword: PASSWORD, password: "password123" } })).rejects.toMatchObject({
      fields: { password: [expect.any(String)] },
    });
    for (let attempt = 0; attempt < PASSWORD_CONFIRM_FAILURES.max; attempt++) {
      await expect(changePassword({ user, input: { currentPassword: "guess", password: NEW_PASSWORD } })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    }
    await expect(changePassword({ user, input: { currentPassword: PASSWORD, password: NEW_PASSWORD } })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("signing out of all other devices revokes the sessions issued before", async () => {
    const user = await newExpert();
    const before = await requestWithSession(user, 0);
    const { sessionVersion } = await signOutOtherDevices({ user });
    expect(await sessionUserFrom(before)).toBeNull();
    expect(await sessionUserFrom(await requestWithSession(user, sessionVersion))).toMatchObject({ id: user.id });
    expect(await db.auditLog.count({ where: { targetId: user.id, action: "account.sessions-revoked" } })).toBe(1);
  });
});

describe("changing the email address", () => {
  async function changeLinkTo(email: string) {
    const sent = await db.emailOutbox.findFirst({
      where: { toEmail: email, subject: "Confirm your new email address for Vetted" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { text: true },
    });
    const token = sent && tokenInEmail(sent.text, "/confirm-email-change");
    if (!token) throw new Error(`no confirmation link was sent to ${email}`);
    return token;
  }

  it("takes effect only once the new address confirms, and tells the old one both times", async () => {
    const user = await newExpert();
    const newEmail = uniqueEmail();
    await requestEmailChange({ user, input: { email: newEmail, currentPassword: PASSWORD } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true } })).email).toBe(user.email);
    expect(await subjectsTo(user.email)).toContain("Your Vetted email address is about to change");

    await confirmEmailChange(await changeLinkTo(newEmail), { ip: uniqueIp() });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true, emailVerifiedAt: true } });
    expect(after).toMatchObject({ email: newEmail, emailVerifiedAt: expect.any(Date) });
    expect(await subjectsTo(user.email)).toContain("Your Vetted email address was changed");
    await expect(authenticate({ email: newEmail, password: PASSWORD }, uniqueIp())).resolves.toMatchObject({ id: user.id });
    expect(await db.auditLog.count({ where: { targetId: user.id, action: { in: ["account.email-change-requested", "account.email-changed"] } } })).toBe(2);
  });

  it("refuses an address another account has, without saying whose, and needs the password", async () => {
    const user = await newExpert();
    const other = await newExpert();
    await expect(requestEmailChange({ user, input: { email: other.email, currentPassword: PASSWORD } })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "That email address cannot be used for your account. Choose another one.",
    });
    await expect(requestEmailChange({ user, input: { email: uniqueEmail(), currentPassword: "wrong" } })).rejects.toMatchObject({
      fields: { currentPassword: [expect.any(String)] },
    });
    expect(await db.emailOutbox.count({ where: { toEmail: other.email, subject: { contains: "new email" } } })).toBe(0);
  });

  it("a link for an address taken meanwhile changes nothing", async () => {
    const user = await newExpert();
    const newEmail = uniqueEmail();
    await requestEmailChange({ user, input: { email: newEmail, currentPassword: PASSWORD } });
    const token = await changeLinkTo(newEmail);
    await signUp({ accountType: "EXPERT", name: "Quick Taker", email: newEmail, password: PASSWORD });
    await expect(confirmEmailChange(token, { ip: uniqueIp() })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true } })).email).toBe(user.email);
  });
});
