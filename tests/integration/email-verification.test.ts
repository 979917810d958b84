import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { UNVERIFIED_EMAIL } from "@/lib/accounts/require-verified-email";
import { resendVerificationEmail, verifyEmail } from "@/lib/accounts/verify-email";
import { signUp } from "@/lib/auth/sign-up";
import { db } from "@/lib/db";
import { startPayoutOnboarding } from "@/lib/payments/payouts";
import { VERIFICATION_EMAILS } from "@/lib/rate-limit";
import { submitRequest } from "@/lib/requests/submit-request";
import { loadSessionUser } from "@/lib/sessions/session-user";
import { createDraftRequest, createSkill, sessionUserOf } from "../fixtures/matching";
import { tokenInEmail } from "../support/account-links";

const PASSWORD = "correct horse battery";
const uniqueIp = () => `verify-${randomUUID()}`;
const SUBJECT = "Confirm your email address for Vetted";

async function newClient() {
  const email = `verify-${randomUUID()}@example.test`;
  const account = await signUp({ accountType: "CLIENT", name: "Vera Verify", email, password: PASSWORD, companyName: "Verify Co" });
  return { ...(await sessionUserOf(account.id)), email };
}

async function latestVerificationToken(email: string) {
  const sent = await db.emailOutbox.findFirst({
    where: { toEmail: email, subject: SUBJECT },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { text: true },
  });
  const token = sent && tokenInEmail(sent.text, "/verify-email");
  if (!token) throw new Error(`no verification link was sent to ${email}`);
  return token;
}

const verifiedAt = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id }, select: { emailVerifiedAt: true } })).emailVerifiedAt;

describe("email verification", () => {
  it("a new account gets a link and starts unconfirmed, as its session says", async () => {
    const client = await newClient();
    expect(await verifiedAt(client.id)).toBeNull();
    expect(await loadSessionUser(client.id, 0)).toMatchObject({ isEmailVerified: false });
    await verifyEmail(await latestVerificationToken(client.email), { ip: uniqueIp() });
    expect(await verifiedAt(client.id)).not.toBeNull();
    expect(await loadSessionUser(client.id, 0)).toMatchObject({ isEmailVerified: true });
    expect(await db.auditLog.count({ where: { targetId: client.id, action: "account.email-verified" } })).toBe(1);
  });

  it("an unconfirmed client may draft but not submit a request, until they follow the link", async () => {
    const client = await newClient();
    const skill = await createSkill();
    const { id: requestId } = await createDraftRequest(client, skill.id);
    await expect(submitRequest({ user: client, requestId, now: new Date() })).rejects.toMatchObject({ code: "FORBIDDEN", message: UNVERIFIED_EMAIL });
    expect((await db.hiringRequest.findUniqueOrThrow({ where: { id: requestId }, select: { status: true } })).status).toBe("DRAFT");
    await verifyEmail(await latestVerificationToken(client.email), { ip: uniqueIp() });
    await expect(submitRequest({ user: client, requestId, now: new Date() })).resolves.toMatchObject({ matchDeadline: expect.any(Date) });
  });

  it("an unconfirmed expert cannot start payout setup", async () => {
    const email = `verify-${randomUUID()}@example.test`;
    const account = await signUp({ accountType: "EXPERT", name: "Una Confirmed", email, password: PASSWORD });
    await db.expertProfile.update({ where: { userId: account.id }, data: { vettingStatus: "APPROVED" } });
    await expect(startPayoutOnboarding({ user: await sessionUserOf(account.id) })).rejects.toMatchObject({ code: "FORBIDDEN", message: UNVERIFIED_EMAIL });
  });

  it("a resent link replaces the earlier one; resending is limited and refused once confirmed", async () => {
    const client = await newClient();
    const first = await latestVerificationToken(client.email);
    await resendVerificationEmail({ user: client });
    const second = await latestVerificationToken(client.email);
    await expect(verifyEmail(first, { ip: uniqueIp() })).rejects.toMatchObject({ message: expect.stringContaining("not valid") });
    expect(await verifiedAt(client.id)).toBeNull();
    for (let attempt = 1; attempt < VERIFICATION_EMAILS.max; attempt++) await resendVerificationEmail({ user: client });
    await expect(resendVerificationEmail({ user: client })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await verifyEmail(await latestVerificationToken(client.email), { ip: uniqueIp() });
    await expect(resendVerificationEmail({ user: client })).resolves.toEqual({ status: "already-confirmed", email: client.email });
    await expect(verifyEmail(second, { ip: uniqueIp() })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a link is used once and expires after 7 days; forged ones change nothing", async () => {
    const client = await newClient();
    const token = await latestVerificationToken(client.email);
    const eightDaysOn = new Date(Date.now() + 8 * 24 * 60 * 60_000);
    await expect(verifyEmail(token, { ip: uniqueIp() }, eightDaysOn)).rejects.toMatchObject({ message: expect.stringContaining("expired") });
    await expect(verifyEmail("not-a-token", { ip: uniqueIp() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(verifyEmail("A".repeat(43), { ip: uniqueIp() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await verifiedAt(client.id)).toBeNull();
    await verifyEmail(token, { ip: uniqueIp() });
    await expect(verifyEmail(token, { ip: uniqueIp() })).rejects.toMatchObject({ message: expect.stringContaining("already used") });
  });
});
