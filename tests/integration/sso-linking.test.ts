import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { authenticate } from "@/lib/auth/sign-in";
import { signUp } from "@/lib/auth/sign-up";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { finishSsoSignUp } from "@/lib/sso/finish-sso-sign-up";
import { identityFromProfile } from "@/lib/sso/identity";
import { resolveProviderSignIn } from "@/lib/sso/resolve-provider-sign-in";
import { claimsForLogin } from "../support/oidc-server";

// The linking rules of lib/sso/resolve-provider-sign-in.ts against the real database. Identities are
// made from the claims the test OpenID Connect server gives for a login (tests/support/oidc-server.ts).

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

const PASSWORD = "correct horse battery";
const uniqueEmail = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}@example.test`;

/** What the OpenID Connect provider asserts for `login` ("unverified:" first for an unverified address). */
const oidcIdentity = (login: string) => identityFromProfile("oidc", login, claimsForLogin(login));

const passwordClient = (email = uniqueEmail("client")) =>
  signUp({ accountType: "CLIENT", name: "Pat Password", email, password: PASSWORD, companyName: "Password Co" });

const linksOf = (userId: string) => db.linkedAccount.findMany({ where: { userId }, select: { provider: true, providerAccountId: true } });

const auditActions = async (userId: string) =>
  (await db.auditLog.findMany({ where: { targetId: userId, action: { startsWith: "sso." } }, select: { action: true }, orderBy: { createdAt: "asc" } })).map(
    (entry) => entry.action,
  );

async function memberOfCompanyRequiring(provider: string) {
  const owner = await passwordClient();
  const company = await db.companyMember.findFirstOrThrow({ where: { userId: owner.id }, select: { companyId: true } });
  await db.company.update({ where: { id: company.companyId }, data: { requiredSsoProvider: provider } });
  const email = uniqueEmail("member");
  const member = await signUp({ accountType: "EXPERT", name: "Mo Member", email, password: PASSWORD });
  await db.user.update({ where: { id: member.id }, data: { role: "CLIENT" } });
  await db.companyMember.create({ data: { companyId: company.companyId, userId: member.id } });
  return { owner, member, email, companyId: company.companyId };
}

describe("signing in with a provider", () => {
  it("sends a new person to finish signing up, and creates nothing yet", async () => {
    const email = uniqueEmail("new");
    expect(await resolveProviderSignIn({ identity: oidcIdentity(email) })).toEqual({ kind: "finish-sign-up" });
    expect(await db.user.findUnique({ where: { email }, select: { id: true } })).toBeNull();
    expect(await db.linkedAccount.findFirst({ where: { providerAccountId: email } })).toBeNull();
  });

  it("refuses to start an account from an address the provider did not verify", async () => {
    const outcome = await resolveProviderSignIn({ identity: oidcIdentity(`unverified:${uniqueEmail("new")}`) });
    expect(outcome).toEqual({ kind: "refused", reason: "SsoNoEmail" });
  });

  it("links an existing account when the provider verified its email, and audits both", async () => {
    const account = await passwordClient();
    const outcome = await resolveProviderSignIn({ identity: oidcIdentity(account.email) });
    expect(outcome).toEqual({ kind: "signed-in", userId: account.id });
    expect(await linksOf(account.id)).toEqual([{ provider: "oidc", providerAccountId: account.email }]);
    expect(await auditActions(account.id)).toEqual(["sso.linked", "sso.signed-in"]);
    const notices = await db.notification.findMany({ where: { userId: account.id, kind: "account.sign-in-linked" }, select: { title: true } });
    expect(notices).toEqual([{ title: "Test SSO was linked to your Vetted account" }]);
  });

  it("never merges an unverified email into the account that has it", async () => {
    const account = await passwordClient();
    const outcome = await resolveProviderSignIn({ identity: oidcIdentity(`unverified:${account.email}`) });
    expect(outcome).toEqual({ kind: "refused", reason: "SsoEmailNotVerified" });
    expect(await linksOf(account.id)).toEqual([]);
  });

  it("treats a string 'true' as unverified", () => {
    expect(identityFromProfile("oidc", "x", { email: "a@example.test", email_verified: "true" }).isEmailVerified).toBe(false);
  });

  it("signs a linked provider account in as its user, whatever email it now shows", async () => {
    const account = await passwordClient();
    await resolveProviderSignIn({ identity: oidcIdentity(account.email) });
    const renamed = { ...oidcIdentity(account.email), email: uniqueEmail("renamed"), isEmailVerified: false };
    expect(await resolveProviderSignIn({ identity: renamed })).toEqual({ kind: "signed-in", userId: account.id });
  });

  it("refuses a suspended user, linked or matched by email", async () => {
    const linked = await passwordClient();
    await resolveProviderSignIn({ identity: oidcIdentity(linked.email) });
    const matched = await passwordClient();
    await db.user.updateMany({ where: { id: { in: [linked.id, matched.id] } }, data: { suspendedAt: new Date() } });

    expect(await resolveProviderSignIn({ identity: oidcIdentity(linked.email) })).toEqual({ kind: "refused", reason: "SsoSuspended" });
    expect(await resolveProviderSignIn({ identity: oidcIdentity(matched.email) })).toEqual({ kind: "refused", reason: "SsoSuspended" });
    expect(await linksOf(matched.id)).toEqual([]);
  });

  it("refuses a second account of the same provider for a user who has one linked", async () => {
    const account = await passwordClient();
    await resolveProviderSignIn({ identity: oidcIdentity(account.email) });
    const other = { ...oidcIdentity(account.email), providerAccountId: `another-${randomUUID()}` };
    expect(await resolveProviderSignIn({ identity: other })).toEqual({ kind: "refused", reason: "SsoOtherAccountLinked" });
  });
});

describe("linking from settings", () => {
  it("links the provider account to the signed-in user, whatever its email", async () => {
    const account = await passwordClient();
    const identity = oidcIdentity(`unverified:${uniqueEmail("elsewhere")}`);
    expect(await resolveProviderSignIn({ identity, signedInUserId: account.id })).toEqual({ kind: "linked", userId: account.id });
    expect(await linksOf(account.id)).toEqual([{ provider: "oidc", providerAccountId: identity.providerAccountId }]);
  });

  it("refuses a provider account that is another user's", async () => {
    const first = await passwordClient();
    const second = await passwordClient();
    await resolveProviderSignIn({ identity: oidcIdentity(first.email) });
    const outcome = await resolveProviderSignIn({ identity: oidcIdentity(first.email), signedInUserId: second.id });
    expect(outcome).toEqual({ kind: "refused", reason: "SsoLinkedToAnotherUser" });
    expect(await linksOf(second.id)).toEqual([]);
  });
});

describe("a company that requires a provider", () => {
  it("refuses its members' passwords with the company's and provider's names", async () => {
    const { email } = await memberOfCompanyRequiring("oidc");
    const refusal = await authenticate({ email, password: PASSWORD }, "203.0.113.7").catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).code).toBe("FORBIDDEN");
    expect((refusal as AppError).message).toMatch(/^Password Co requires signing in with Test SSO\./);
  });

  it("lets the owner keep their password", async () => {
    const { owner } = await memberOfCompanyRequiring("oidc");
    await expect(authenticate({ email: owner.email, password: PASSWORD }, "203.0.113.8")).resolves.toMatchObject({ id: owner.id });
  });

  it("refuses its members on another provider, and lets them in on the required one", async () => {
    const { email, member } = await memberOfCompanyRequiring("google");
    expect(await resolveProviderSignIn({ identity: oidcIdentity(email) })).toEqual({
      kind: "refused",
      reason: "SsoCompanyRequiresProvider",
      provider: "google",
    });
    const google = identityFromProfile("google", `google-${randomUUID()}`, { email, email_verified: true, name: "Mo" });
    expect(await resolveProviderSignIn({ identity: google })).toEqual({ kind: "signed-in", userId: member.id });
  });

  it("is not enforced while the required provider is not configured, so nobody is locked out", async () => {
    const { email, member } = await memberOfCompanyRequiring("github");
    await expect(authenticate({ email, password: PASSWORD }, "203.0.113.9")).resolves.toMatchObject({ id: member.id });
  });
});

describe("finishing a sign-up started with a provider", () => {
  it("creates the account with the provider linked and no usable password", async () => {
    const email = uniqueEmail("finish");
    const account = await finishSsoSignUp(
      oidcIdentity(email),
      { accountType: "CLIENT", name: "Fin Ish", companyName: "Finish Co", acceptTerms: true },
      { ip: "203.0.113.10" },
    );
    const user = await db.user.findUniqueOrThrow({
      where: { id: account.id },
      select: { role: true, hasPassword: true, memberships: { select: { role: true, company: { select: { name: true } } } } },
    });
    expect(user).toEqual({ role: "CLIENT", hasPassword: false, memberships: [{ role: "OWNER", company: { name: "Finish Co" } }] });
    expect(await linksOf(account.id)).toEqual([{ provider: "oidc", providerAccountId: email }]);
    await expect(authenticate({ email, password: "" }, "203.0.113.10")).rejects.toThrow(AppError);
  });

  it("refuses an identity whose email the provider did not verify", async () => {
    const identity = oidcIdentity(`unverified:${uniqueEmail("finish")}`);
    await expect(finishSsoSignUp(identity, { accountType: "EXPERT", name: "No Verify", acceptTerms: true }, { ip: "203.0.113.11" })).rejects.toThrow(AppError);
  });

  it("refuses a second account for the same provider account", async () => {
    const email = uniqueEmail("twice");
    await finishSsoSignUp(oidcIdentity(email), { accountType: "EXPERT", name: "Once Only", acceptTerms: true }, { ip: "203.0.113.12" });
    const again = finishSsoSignUp(oidcIdentity(email), { accountType: "EXPERT", name: "Once Only", acceptTerms: true }, { ip: "203.0.113.12" });
    await expect(again).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
