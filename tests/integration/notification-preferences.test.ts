import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openText } from "@/lib/account-links/sealed-text";
import { appUrl } from "@/lib/app-url";
import { sendUnreadEmail } from "@/lib/chat/send-unread-email";
import { db } from "@/lib/db";
import { notifyUsers } from "@/lib/notifications/notify";
import { updateNotificationPreferences } from "@/lib/notifications/preferences";
import { sendMessageDigests } from "@/lib/notifications/send-message-digests";
import { signUnsubscribeToken, verifyUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { createShortlistedRequest } from "../fixtures/chat";
import { createClient } from "../fixtures/matching";
import { type ApiServer, sessionCookieFor, startApiServer } from "../support/api-server";

// Email choices as the outbox sees them: in-app notifications always, email only where it is on, the
// daily digest instead of per-conversation email, and the signed one-click link that turns a kind off.

let server: ApiServer;
beforeAll(async () => {
  server = await startApiServer();
});
afterAll(() => server.close());

// Emails with links are sealed in the outbox; every new account is also asked to confirm its address.
const emailsTo = async (email: string) =>
  (
    await db.emailOutbox.findMany({
      where: { toEmail: email, NOT: { subject: "Confirm your email address for Vetted" } },
      orderBy: { createdAt: "asc" },
      select: { subject: true, text: true, headers: true },
    })
  ).map((sent) => ({ ...sent, text: openText(sent.text) }));

const notify = (userId: string, kind: string, title: string) =>
  db.$transaction((tx) => notifyUsers(tx, [userId], { kind, title, body: "Something happened.", link: "/dashboard" }));

describe("notifications and the outbox", () => {
  it("email by default, with a one-click unsubscribe link for that kind and the RFC 8058 headers", async () => {
    const client = await createClient();
    await notify(client.id, "milestone.released", "Money released");
    const [email] = await emailsTo(client.email);
    expect(email.text).toContain("You get this email because email for “Money moved” is on.");
    const link = /Stop these emails with one click: (\S+)/.exec(email.text)?.[1] ?? "";
    const token = new URL(link).searchParams.get("token") ?? "";
    expect(verifyUnsubscribeToken(token)).toEqual({ userId: client.id, kind: "MONEY" });
    expect(email.headers).toEqual({
      "List-Unsubscribe": `<${appUrl(`/api/v1/unsubscribe?token=${encodeURIComponent(token)}`)}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
  });

  it("write the in-app notification but no email when that kind's email is off; other kinds still email", async () => {
    const client = await createClient();
    await updateNotificationPreferences(client, { preferences: [{ kind: "MONEY", isEmailEnabled: false }] });
    await notify(client.id, "milestone.released", "Money released");
    await notify(client.id, "request.shortlisted", "Your shortlist is ready");
    expect((await emailsTo(client.email)).map((email) => email.subject)).toEqual(["Your shortlist is ready"]);
    const inApp = await db.notification.findMany({ where: { userId: client.id }, select: { kind: true } });
    expect(inApp.map((notification) => notification.kind).sort()).toEqual(["milestone.released", "request.shortlisted"]);
  });

  it("always send security email, which says so and has no unsubscribe", async () => {
    const client = await createClient();
    await updateNotificationPreferences(client, {
      preferences: (["MESSAGES", "INVITATIONS", "SHORTLISTS", "MONEY", "REMINDERS"] as const).map((kind) => ({ kind, isEmailEnabled: false })),
    });
    await notify(client.id, "account.sign-in-locked", "Sign-in locked");
    const [email] = await emailsTo(client.email);
    expect(email.text).toContain("This is a security email about your Vetted account. We always send these");
    expect(email.text).not.toContain("unsubscribe");
    expect(email.headers).toBeNull();
  });
});

describe("message email", () => {
  async function unreadConversation() {
    const { client, experts, conversationWith } = await createShortlistedRequest(1);
    const conversationId = conversationWith(experts[0]);
    await db.message.create({ data: { conversationId, senderId: experts[0].id, body: "Are you free on Monday?", clientMessageId: crypto.randomUUID() } });
    await db.conversationParticipant.update({ where: { conversationId_userId: { conversationId, userId: client.id } }, data: { unreadCount: 1 } });
    return { client, conversationId };
  }

  it("per conversation stops when email is off or the digest is on", async () => {
    const off = await unreadConversation();
    await updateNotificationPreferences(off.client, { preferences: [{ kind: "MESSAGES", isEmailEnabled: false }] });
    await sendUnreadEmail({ conversationId: off.conversationId, userId: off.client.id });
    const digest = await unreadConversation();
    await updateNotificationPreferences(digest.client, { preferences: [{ kind: "MESSAGES", isEmailEnabled: true, isDigestEnabled: true }] });
    await sendUnreadEmail({ conversationId: digest.conversationId, userId: digest.client.id });
    const on = await unreadConversation();
    await sendUnreadEmail({ conversationId: on.conversationId, userId: on.client.id });
    expect((await emailsTo(off.client.email)).filter((email) => email.subject.includes("unread"))).toEqual([]);
    expect((await emailsTo(digest.client.email)).filter((email) => email.subject.includes("unread"))).toEqual([]);
    const [sent] = (await emailsTo(on.client.email)).filter((email) => email.subject.includes("unread"));
    expect(sent.text).toContain("email for “New messages” is on");
  });

  it("comes as one daily digest at 08:00 in the user's timezone, once a day", async () => {
    const { client, conversationId } = await unreadConversation();
    await updateNotificationPreferences(client, {
      preferences: [{ kind: "MESSAGES", isEmailEnabled: true, isDigestEnabled: true }],
      digestTimezone: "Asia/Tokyo",
    });
    const digests = async () => (await emailsTo(client.email)).filter((email) => email.subject.startsWith("Your daily digest"));
    await sendMessageDigests(new Date("2030-03-01T22:30:00Z")); // 07:30 in Tokyo
    expect(await digests()).toHaveLength(0);
    await sendMessageDigests(new Date("2030-03-01T23:05:00Z")); // 08:05 in Tokyo
    await sendMessageDigests(new Date("2030-03-02T05:00:00Z")); // the same day there
    const [digest, ...more] = await digests();
    expect(more).toHaveLength(0);
    expect(digest.subject).toBe("Your daily digest: 1 unread message in 1 conversation");
    expect(digest.text).toContain(`/messages/${conversationId}`);
    expect(digest.text).toContain("Stop these emails with one click");
    await sendMessageDigests(new Date("2030-03-02T23:10:00Z")); // the next day's 08:10
    expect(await digests()).toHaveLength(2);
  });

  it("digest is skipped on a day with nothing unread", async () => {
    const client = await createClient();
    await updateNotificationPreferences(client, { preferences: [{ kind: "MESSAGES", isEmailEnabled: true, isDigestEnabled: true }] });
    await sendMessageDigests(new Date("2030-03-05T09:00:00Z"));
    expect(await emailsTo(client.email)).toEqual([]);
  });
});

describe("unsubscribing and preferences over HTTP", () => {
  it("one-click POST with the signed link turns that kind's email off, without a session", async () => {
    const client = await createClient();
    const token = signUnsubscribeToken(client.id, "INVITATIONS");
    const response = await fetch(`${server.url}/api/v1/unsubscribe?token=${encodeURIComponent(token)}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ kind: "INVITATIONS", label: "Invitations", isEmailEnabled: false });
    const preferences = await fetch(`${server.url}/api/v1/notification-preferences`, { headers: { cookie: await sessionCookieFor(client) } });
    const { preferences: list } = (await preferences.json()) as { preferences: { kind: string; isEmailEnabled: boolean }[] };
    expect(list.find((preference) => preference.kind === "INVITATIONS")?.isEmailEnabled).toBe(false);
    expect(list.filter((preference) => preference.isEmailEnabled)).toHaveLength(4);
  });

  it("refuses a forged or tampered link with a clear message and changes nothing", async () => {
    const client = await createClient();
    const token = signUnsubscribeToken(client.id, "MONEY").replace(".money.", ".messages.");
    const response = await fetch(`${server.url}/api/v1/unsubscribe?token=${encodeURIComponent(token)}`, { method: "POST" });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/^This unsubscribe link is not valid/);
    expect(await db.notificationPreference.count({ where: { userId: client.id } })).toBe(0);
    const withoutToken = await fetch(`${server.url}/api/v1/unsubscribe`, { method: "POST" });
    expect(withoutToken.status).toBe(400);
    const strangeBody = await fetch(`${server.url}/api/v1/unsubscribe?token=${encodeURIComponent(signUnsubscribeToken(client.id, "MONEY"))}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ unexpected: 1 }),
    });
    expect(strangeBody.status).toBe(400);
    expect(await db.notificationPreference.count({ where: { userId: client.id } })).toBe(0);
  });

  it("saves choices through PUT, a digest only with email on", async () => {
    const client = await createClient();
    const response = await fetch(`${server.url}/api/v1/notification-preferences`, {
      method: "PUT",
      headers: { cookie: await sessionCookieFor(client), "content-type": "application/json" },
      body: JSON.stringify({ preferences: [{ kind: "MESSAGES", isEmailEnabled: false, isDigestEnabled: true }], digestTimezone: "Europe/Berlin" }),
    });
    expect(response.status).toBe(200);
    const saved = (await response.json()) as { preferences: { kind: string; isDigestEnabled: boolean }[]; digestTimezone: string };
    expect(saved.preferences.find((preference) => preference.kind === "MESSAGES")?.isDigestEnabled).toBe(false);
    expect(saved.digestTimezone).toBe("Europe/Berlin");
  });
});
