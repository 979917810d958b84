import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { confirmCurrentPassword } from "@/lib/accounts/confirm-current-password";
import { signUp } from "@/lib/auth/sign-up";
import { NO_PASSWORD_YET } from "@/lib/credentials/password";
import { db } from "@/lib/db";
import { deleteAccount } from "@/lib/privacy/delete-account";
import { loadSessionUser } from "@/lib/sessions/session-user";
import type { SsoProviderId } from "@/lib/sessions/sso-providers";
import { getCompanySsoSettings } from "@/lib/sso/company-sso-settings";
import { finishSsoSignUp } from "@/lib/sso/finish-sso-sign-up";
import { identityFromProfile } from "@/lib/sso/identity";
import { setSsoRequirement } from "@/lib/sso/set-sso-requirement";
import { getSignInMethods } from "@/lib/sso/sign-in-methods";
import { unlinkAccount } from "@/lib/sso/unlink-account";

// Settings → Sign-in methods (unlinking) and Settings → Single sign-on (the owner's requirement).

vi.hoisted(() => {
  Object.assign(process.env, {
    OIDC_ISSUER: "http://localhost:9/issuer",
    OIDC_CLIENT_ID: "client",
    OIDC_CLIENT_SECRET: "secret",
    OIDC_DISPLAY_NAME: "Test SSO",
    GOOGLE_CLIENT_ID: "google-client",
    GOOGLE_CLIENT_SECRET: "google-secret",
  });
});

const uniqueEmail = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}@example.test`;

const passwordClient = () =>
  signUp({ accountType: "CLIENT", name: "Pat Password", email: uniqueEmail("client"), password: "correct horse battery", companyName: "Settings Co" });

const link = (userId: string, provider: SsoProviderId) =>
  db.linkedAccount.create({ data: { userId, provider, providerAccountId: `${provider}-${randomUUID()}` }, select: { id: true } });

const sessionUser = async (id: string) => {
  const user = await loadSessionUser(id, 0);
  if (!user) throw new Error("no such user");
  return user;
};

async function ssoOnlyExpert() {
  const email = uniqueEmail("sso-only");
  const identity = identityFromProfile("oidc", `oidc-${randomUUID()}`, { email, email_verified: true });
  return finishSsoSignUp(identity, { accountType: "EXPERT", name: "Only Provider", acceptTerms: true }, { ip: "203.0.113.20" });
}

describe("an account made through a provider", () => {
  it("has its address confirmed by the provider, and is told how to set a password where one is asked for", async () => {
    const account = await ssoOnlyExpert();
    expect(await db.user.findUniqueOrThrow({ where: { id: account.id }, select: { emailVerifiedAt: true } })).toEqual({ emailVerifiedAt: expect.any(Date) });
    const user = await sessionUser(account.id);
    const noPassword = { code: "CONFLICT", message: NO_PASSWORD_YET };
    await expect(confirmCurrentPassword(account.id, "anything at all", new Date())).rejects.toMatchObject(noPassword);
    await expect(deleteAccount({ user, input: { password: "anything at all", confirmation: "DELETE" }, now: new Date() })).rejects.toMatchObject(noPassword);
    expect(await db.user.findUniqueOrThrow({ where: { id: account.id }, select: { deletedAt: true } })).toEqual({ deletedAt: null });
  });
});

describe("unlinking a provider", () => {
  it("unlinks it when a password remains, and audits it", async () => {
    const account = await passwordClient();
    await link(account.id, "oidc");
    await unlinkAccount({ userId: account.id, provider: "oidc" });
    expect(await db.linkedAccount.count({ where: { userId: account.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { targetId: account.id, action: "sso.unlinked" } })).toBe(1);
  });

  it("refuses the last way to sign in", async () => {
    const account = await ssoOnlyExpert();
    await expect(unlinkAccount({ userId: account.id, provider: "oidc" })).rejects.toMatchObject({ code: "CONFLICT", message: /only way to sign in/ });
    expect(await db.linkedAccount.count({ where: { userId: account.id } })).toBe(1);
  });

  it("lets an account without a password unlink one of two providers, not both at once", async () => {
    const account = await ssoOnlyExpert();
    await link(account.id, "google");
    const results = await Promise.allSettled([
      unlinkAccount({ userId: account.id, provider: "oidc" }),
      unlinkAccount({ userId: account.id, provider: "google" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db.linkedAccount.count({ where: { userId: account.id } })).toBe(1);
  });

  it("refuses the provider a member's company requires, though a password remains", async () => {
    const owner = await passwordClient();
    await link(owner.id, "oidc");
    await setSsoRequirement({ userId: owner.id, provider: "oidc" });
    const member = await passwordClient();
    const { companyId } = await db.companyMember.findFirstOrThrow({ where: { userId: owner.id }, select: { companyId: true } });
    await db.companyMember.create({ data: { companyId, userId: member.id } });
    await link(member.id, "oidc");
    await expect(unlinkAccount({ userId: member.id, provider: "oidc" })).rejects.toMatchObject({ message: /Settings Co requires signing in with Test SSO/ });
    expect((await getSignInMethods(await sessionUser(member.id))).requirement).toEqual({ companyName: "Settings Co", provider: "oidc" });
  });

  it("answers not found for a provider the user has not linked", async () => {
    const account = await passwordClient();
    await expect(unlinkAccount({ userId: account.id, provider: "google" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("a company's single sign-on requirement", () => {
  it("is set by the owner for a provider they have linked, and audited", async () => {
    const owner = await passwordClient();
    await expect(setSsoRequirement({ userId: owner.id, provider: "oidc" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: /Link Test SSO to your own account first/,
    });
    await link(owner.id, "oidc");
    expect(await setSsoRequirement({ userId: owner.id, provider: "oidc" })).toEqual({ changed: true });
    expect(await setSsoRequirement({ userId: owner.id, provider: "oidc" })).toEqual({ changed: false });
    const settings = await getCompanySsoSettings(await sessionUser(owner.id));
    expect(settings).toMatchObject({ isOwner: true, requiredProvider: { id: "oidc", name: "Test SSO" } });
    const { companyId } = await db.companyMember.findFirstOrThrow({ where: { userId: owner.id }, select: { companyId: true } });
    const entries = await db.auditLog.findMany({ where: { targetType: "Company", targetId: companyId }, select: { action: true, data: true } });
    expect(entries).toEqual([{ action: "sso.requirement-changed", data: { from: null, to: "oidc" } }]);
  });

  it("is cleared by the owner", async () => {
    const owner = await passwordClient();
    await link(owner.id, "google");
    await setSsoRequirement({ userId: owner.id, provider: "google" });
    await setSsoRequirement({ userId: owner.id, provider: null });
    expect((await getCompanySsoSettings(await sessionUser(owner.id))).requiredProvider).toBeNull();
  });

  it("cannot be changed by a member who is not the owner, who sees it read-only", async () => {
    const owner = await passwordClient();
    const member = await passwordClient();
    await db.companyMember.deleteMany({ where: { userId: member.id } });
    const { companyId } = await db.companyMember.findFirstOrThrow({ where: { userId: owner.id }, select: { companyId: true } });
    await db.companyMember.create({ data: { companyId, userId: member.id } });
    await link(member.id, "oidc");
    await expect(setSsoRequirement({ userId: member.id, provider: "oidc" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await getCompanySsoSettings(await sessionUser(member.id))).toMatchObject({ isOwner: false, requiredProvider: null });
  });

  it("refuses a provider that is not configured here", async () => {
    const owner = await passwordClient();
    await expect(setSsoRequirement({ userId: owner.id, provider: "github" })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
  });
});

describe("sessions under a requirement", () => {
  it("ends a member's password session the moment the owner requires a provider; the owner's stays", async () => {
    const owner = await passwordClient();
    const member = await passwordClient();
    const { companyId } = await db.companyMember.findFirstOrThrow({ where: { userId: owner.id }, select: { companyId: true } });
    await db.companyMember.create({ data: { companyId, userId: member.id } });
    expect(await loadSessionUser(member.id, 0, "password")).toMatchObject({ id: member.id });

    await link(owner.id, "oidc");
    await setSsoRequirement({ userId: owner.id, provider: "oidc" });
    expect(await loadSessionUser(member.id, 0, "password")).toBeNull();
    expect(await loadSessionUser(member.id, 0, "google")).toBeNull();
    expect(await loadSessionUser(member.id, 0, "oidc")).toMatchObject({ id: member.id });
    expect(await loadSessionUser(owner.id, 0, "password")).toMatchObject({ id: owner.id });
  });
});
