import { describe, expect, it } from "vitest";
import { productionConfigProblems } from "@/lib/production-safety";
import { githubPrimaryEmail } from "@/lib/sso/github-email";
import { identityFromProfile } from "@/lib/sso/identity";

describe("GitHub's email for linking", () => {
  it("is the primary address, verified only when GitHub verified it", () => {
    const emails = [
      { email: "old@example.test", primary: false, verified: true },
      { email: "main@example.test", primary: true, verified: false },
    ];
    expect(githubPrimaryEmail(emails)).toEqual({ email: "main@example.test", email_verified: false });
    expect(githubPrimaryEmail([{ ...emails[1], verified: true }])).toEqual({ email: "main@example.test", email_verified: true });
  });

  it("is nothing without a primary address, never another verified one", () => {
    expect(githubPrimaryEmail([{ email: "other@example.test", primary: false, verified: true }])).toEqual({ email: null, email_verified: false });
    expect(githubPrimaryEmail({ message: "Bad credentials" })).toEqual({ email: null, email_verified: false });
  });
});

describe("a provider's identity", () => {
  it("is verified only for a boolean email_verified with an address", () => {
    const identity = (claims: Record<string, unknown>) => identityFromProfile("google", "1", claims).isEmailVerified;
    expect(identity({ email: "A@Example.test", email_verified: true })).toBe(true);
    expect(identity({ email: "a@example.test", email_verified: "true" })).toBe(false);
    expect(identity({ email: "a@example.test" })).toBe(false);
    expect(identity({ email_verified: true })).toBe(false);
  });

  it("lower-cases the address and falls back to the login for a name", () => {
    expect(identityFromProfile("github", "42", { email: " Ada@Example.TEST ", login: "ada", email_verified: true })).toEqual({
      provider: "github",
      providerAccountId: "42",
      email: "ada@example.test",
      name: "ada",
      isEmailVerified: true,
    });
  });
});

describe("single sign-on settings in production", () => {
  const base = { NEXTAUTH_SECRET: "x".repeat(40), NEXTAUTH_URL: "https://vetted.example", DATABASE_URL: "postgres://db.example/vetted" };

  it("refuses a provider configured by halves, and an OpenID Connect issuer over plain http", () => {
    const problems = productionConfigProblems({
      ...base,
      GOOGLE_CLIENT_ID: "id",
      OIDC_ISSUER: "http://idp.example",
      OIDC_CLIENT_ID: "c",
      OIDC_CLIENT_SECRET: "s",
    });
    expect(problems).toContain("GOOGLE_CLIENT_SECRET must be set with GOOGLE_CLIENT_ID.");
    expect(problems).toContain("OIDC_ISSUER must be an https:// address in production.");
  });

  it("accepts complete providers", () => {
    const problems = productionConfigProblems({ ...base, GITHUB_CLIENT_ID: "id", GITHUB_CLIENT_SECRET: "secret" });
    expect(problems.filter((problem) => /GITHUB|OIDC|GOOGLE/.test(problem))).toEqual([]);
  });
});
