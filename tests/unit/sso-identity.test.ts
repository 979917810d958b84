import { describe, expect, it } from "vitest";
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
