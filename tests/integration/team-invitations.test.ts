import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadSessionUser } from "@/lib/sessions/session-user";
import { acceptTeamInvitation } from "@/lib/team-members/accept-invitation";
import { acceptTeamInvitationOperation } from "@/lib/team-members/accept-invitation.operation";
import { changeMemberRole } from "@/lib/team-members/change-member-role";
import { getTeam } from "@/lib/team-members/get-team";
import { hashInvitationToken } from "@/lib/team-members/invitation-token";
import { inviteMember } from "@/lib/team-members/invite-member";
import { listCompanyActivity } from "@/lib/team-members/list-activity";
import { resendInvitation, revokeInvitation } from "@/lib/team-members/manage-invitation";
import { removeMember } from "@/lib/team-members/remove-member";
import { signUpInvitee } from "@/lib/team-members/sign-up-invitee";
import { signUpInviteeOperation } from "@/lib/team-members/sign-up-invitee.operation";
import { createClient } from "../fixtures/matching";
import { addColleague } from "../fixtures/teams";
import { callOperation } from "../support/call-operation";

// The invitation lifecycle on the real lib functions and database: invite, the email in the outbox,
// sign-up through the link into the company, and every way a link can no longer be used (expired,
// used, revoked, forged, another address, another company's account), none of which changes anything.
// Then "a company always has at least one owner", also when two demotions race.

const DAY = 86_400_000;
const PASSWORD = "a sturdy password for the team 42";
const unique = () => `${crypto.randomUUID().slice(0, 8)}@example.test`;

async function codeOf(work: () => Promise<unknown>) {
  try {
    await work();
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return `${error.code}: ${error.message}`;
    throw error;
  }
}

/** The token, as the invitee reads it in the email. */
async function tokenInEmailTo(email: string) {
  const mail = await db.emailOutbox.findFirstOrThrow({ where: { toEmail: email }, orderBy: { createdAt: "desc" }, select: { text: true } });
  return decodeURIComponent(/invitation=([A-Za-z0-9_%-]+)/.exec(mail.text)![1]);
}

const REFUSED_INVITEES = ["Someone Else", "Late Larry", "Revoked Rita", "Forger Fred", "Wrong Wendy"];

const stateOf = async (companyId: string) => ({
  members: await db.companyMember.count({ where: { companyId } }),
  // Other test files create users at the same time: count only the accounts these refused invitees would be.
  users: await db.user.count({ where: { name: { in: REFUSED_INVITEES } } }),
  invitations: await db.teamInvitation.findMany({ where: { companyId }, orderBy: { id: "asc" }, select: { acceptedAt: true, revokedAt: true } }),
});

let owner: SessionUser;

beforeAll(async () => {
  owner = await createClient();
});

describe("an invitation", () => {
  it("is emailed with a link whose token is stored only hashed, and signs the invitee up into the company with the role", async () => {
    const email = unique();
    const invitation = await inviteMember({ user: owner, input: { email, role: "FINANCE" }, now: new Date() });
    expect(invitation.expiresAt.getTime() - invitation.createdAt.getTime()).toBe(7 * DAY);
    const token = await tokenInEmailTo(email);
    const stored = await db.teamInvitation.findUniqueOrThrow({ where: { id: invitation.id }, select: { tokenHash: true } });
    expect(stored.tokenHash).toBe(hashInvitationToken(token));
    expect(stored.tokenHash).not.toContain(token);

    const account = await signUpInvitee({ token, name: "Fran Finance", email, password: PASSWORD }, new Date());
    const session = await loadSessionUser(account.id, 0);
    expect(session).toMatchObject({ role: "CLIENT", companyId: owner.companyId, companyRole: "FINANCE" });
    expect(await db.company.count({ where: { members: { some: { userId: account.id } } } })).toBe(1);

    const before = await stateOf(owner.companyId!);
    const reused = await codeOf(() => signUpInvitee({ token, name: "Someone Else", email, password: PASSWORD }, new Date()));
    expect(reused).toMatch(/^CONFLICT: .*already been used/);
    expect(await stateOf(owner.companyId!)).toEqual(before);
  });

  it("refuses an expired, revoked or forged link, and another address, changing nothing", async () => {
    const email = unique();
    const sentAt = new Date(Date.now() - 8 * DAY);
    await inviteMember({ user: owner, input: { email, role: "VIEWER" }, now: sentAt });
    const expiredToken = await tokenInEmailTo(email);
    const before = await stateOf(owner.companyId!);
    expect(await codeOf(() => signUpInvitee({ token: expiredToken, name: "Late Larry", email, password: PASSWORD }, new Date()))).toMatch(
      /^CONFLICT: .*expired/,
    );

    const revokedEmail = unique();
    const revoked = await inviteMember({ user: owner, input: { email: revokedEmail, role: "VIEWER" }, now: new Date() });
    const revokedToken = await tokenInEmailTo(revokedEmail);
    await revokeInvitation({ user: owner, invitationId: revoked.id, now: new Date() });
    const afterRevoke = await stateOf(owner.companyId!);
    expect(await codeOf(() => signUpInvitee({ token: revokedToken, name: "Revoked Rita", email: revokedEmail, password: PASSWORD }, new Date()))).toMatch(
      /^CONFLICT: .*withdrawn/,
    );
    expect(await codeOf(() => signUpInvitee({ token: "x".repeat(43), name: "Forger Fred", email, password: PASSWORD }, new Date()))).toMatch(
      /^NOT_FOUND: This invitation link is not valid/,
    );
    const otherEmail = unique();
    await inviteMember({ user: owner, input: { email: otherEmail, role: "VIEWER" }, now: new Date() });
    const otherToken = await tokenInEmailTo(otherEmail);
    expect(await codeOf(() => signUpInvitee({ token: otherToken, name: "Wrong Wendy", email: unique(), password: PASSWORD }, new Date()))).toMatch(
      /^VALIDATION_FAILED: This invitation is for/,
    );
    expect((await stateOf(owner.companyId!)).members).toBe(before.members);
    expect((await stateOf(owner.companyId!)).users).toBe(afterRevoke.users);
  });

  it("sent again gets a new link, and the old one stops working", async () => {
    const email = unique();
    const invitation = await inviteMember({ user: owner, input: { email, role: "HIRING_MANAGER" }, now: new Date() });
    const first = await tokenInEmailTo(email);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await resendInvitation({ user: owner, invitationId: invitation.id, now: new Date() });
    const second = await tokenInEmailTo(email);
    expect(second).not.toBe(first);
    expect(await codeOf(() => signUpInvitee({ token: first, name: "Old Link", email, password: PASSWORD }, new Date()))).toMatch(/^NOT_FOUND/);
    expect(await codeOf(() => signUpInvitee({ token: second, name: "New Link", email, password: PASSWORD }, new Date()))).toBe("ok");
  });

  it("is refused to an account of another company, and accepted by a company account in none", async () => {
    const stranger = await createClient();
    await inviteMember({ user: owner, input: { email: stranger.email, role: "VIEWER" }, now: new Date() });
    const token = await tokenInEmailTo(stranger.email);
    expect(await codeOf(() => acceptTeamInvitation({ user: stranger, token, now: new Date() }))).toMatch(/^CONFLICT: Your account already belongs to/);
    expect(await codeOf(() => acceptTeamInvitation({ user: owner, token, now: new Date() }))).toMatch(/^FORBIDDEN: This invitation was sent to/);
    await db.companyMember.deleteMany({ where: { userId: stranger.id } });
    const joined = await acceptTeamInvitation({ user: { ...stranger, companyId: null, companyRole: null }, token, now: new Date() });
    expect(joined).toMatchObject({ companyId: owner.companyId, role: "VIEWER" });
  });

  it("can be sent, revoked and resent by owners only", async () => {
    const viewer = await addColleague(owner.companyId!, "VIEWER");
    const manager = await addColleague(owner.companyId!, "HIRING_MANAGER");
    for (const user of [viewer, manager]) {
      expect(await codeOf(() => inviteMember({ user, input: { email: unique(), role: "VIEWER" }, now: new Date() }))).toMatch(/^FORBIDDEN/);
      expect(await codeOf(() => changeMemberRole({ user, memberId: owner.id, role: "VIEWER", now: new Date() }))).toMatch(/^FORBIDDEN/);
      expect((await getTeam({ user, now: new Date() })).invitations).toEqual([]);
    }
    expect((await getTeam({ user: owner, now: new Date() })).invitations.length).toBeGreaterThan(0);
  });
});

describe("the API", () => {
  it("signs an invitee up, and lets a company account in no company accept, through the declared operations", async () => {
    const email = unique();
    await inviteMember({ user: owner, input: { email, role: "VIEWER" }, now: new Date() });
    const signedUp = await callOperation(signUpInviteeOperation, null, {
      body: { token: await tokenInEmailTo(email), name: "Api Invitee", email, password: PASSWORD },
    });
    expect(signedUp).toMatchObject({ status: 201, json: { email, role: "CLIENT" } });

    const loner = await createClient();
    await db.companyMember.deleteMany({ where: { userId: loner.id } });
    await inviteMember({ user: owner, input: { email: loner.email, role: "HIRING_MANAGER" }, now: new Date() });
    const accepted = await callOperation(
      acceptTeamInvitationOperation,
      { ...loner, companyId: null, companyRole: null },
      {
        body: { token: await tokenInEmailTo(loner.email) },
      },
    );
    expect(accepted).toMatchObject({ status: 200, json: { companyId: owner.companyId, role: "HIRING_MANAGER" } });
    const forged = await callOperation(acceptTeamInvitationOperation, loner, { body: { token: "not a token" } });
    expect(forged).toMatchObject({ status: 422 });
  });
});

describe("a company", () => {
  it("keeps at least one owner: the last owner cannot be demoted, removed or leave", async () => {
    const solo = await createClient();
    const demoted = await codeOf(() => changeMemberRole({ user: solo, memberId: solo.id, role: "VIEWER", now: new Date() }));
    expect(demoted).toMatch(/^CONFLICT: .*needs at least one owner/);
    expect(await codeOf(() => removeMember({ user: solo, memberId: solo.id, now: new Date() }))).toMatch(/^CONFLICT: You are the last owner/);
    expect(await db.companyMember.findFirst({ where: { userId: solo.id }, select: { role: true } })).toEqual({ role: "OWNER" });
  });

  it("keeps one owner when two owners demote each other at the same time", async () => {
    for (let round = 0; round < 5; round++) {
      const first = await createClient();
      const second = await addColleague(first.companyId!, "OWNER");
      const outcomes = await Promise.all([
        codeOf(() => changeMemberRole({ user: first, memberId: second.id, role: "HIRING_MANAGER", now: new Date() })),
        codeOf(() => changeMemberRole({ user: second, memberId: first.id, role: "HIRING_MANAGER", now: new Date() })),
      ]);
      expect(outcomes.filter((outcome) => outcome === "ok")).toHaveLength(1);
      expect(await db.companyMember.count({ where: { companyId: first.companyId!, role: "OWNER" } })).toBe(1);
    }
  });

  it("keeps one owner when an owner demotes both owners at once", async () => {
    const first = await createClient();
    const second = await addColleague(first.companyId!, "OWNER");
    const outcomes = await Promise.all(
      [first.id, second.id].map((memberId) => codeOf(() => changeMemberRole({ user: first, memberId, role: "FINANCE", now: new Date() }))),
    );
    expect(outcomes.filter((outcome) => outcome === "ok")).toHaveLength(1);
    expect(await db.companyMember.count({ where: { companyId: first.companyId!, role: "OWNER" } })).toBe(1);
  });

  it("shows its owners who did what, and no one else's entries", async () => {
    const company = await createClient();
    const email = unique();
    await inviteMember({ user: company, input: { email, role: "FINANCE" }, now: new Date() });
    const token = await tokenInEmailTo(email);
    await signUpInvitee({ token, name: "Fin Activity", email, password: PASSWORD }, new Date());
    const { entries } = await listCompanyActivity({ user: company });
    expect(entries.map((entry) => `${entry.actor?.name}: ${entry.action}`)).toEqual(
      expect.arrayContaining([`${company.name}: team.invited`, "Fin Activity: team.joined"]),
    );
    expect(entries.every((entry) => entry.actor?.id !== owner.id)).toBe(true);
    const finance = (await loadSessionUser((await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id, 0))!;
    expect(await codeOf(() => listCompanyActivity({ user: finance }))).toMatch(/^FORBIDDEN/);
  });
});
