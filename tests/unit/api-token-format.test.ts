import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { displayPrefixOf, generateApiToken, hashApiToken, isApiTokenShaped } from "@/lib/sessions/api-token-format";
import { assertScopeAllows, bearerCredentialOf } from "@/lib/sessions/bearer-caller";

describe("API token format", () => {
  it("is vtd_ and 32 random bytes in base64url, different every time", () => {
    const tokens = Array.from({ length: 50 }, () => generateApiToken().token);
    for (const token of tokens) {
      expect(token).toMatch(/^vtd_[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token.slice(4), "base64url")).toHaveLength(32);
      expect(isApiTokenShaped(token)).toBe(true);
    }
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it("is stored as its SHA-256 in hex, with a display prefix too short to use", () => {
    const { token, tokenHash, prefix } = generateApiToken();
    expect(tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(hashApiToken(token)).toBe(tokenHash);
    expect(tokenHash).not.toContain(token.slice(4));
    expect(prefix).toBe(displayPrefixOf(token));
    expect(prefix).toHaveLength(12);
    expect(token.startsWith(prefix)).toBe(true);
  });

  it("tells a token from something else", () => {
    for (const value of ["", "vtd_", `vtd_${"a".repeat(42)}`, `vtd_${"a".repeat(44)}`, `vtd_${"a".repeat(42)}=`, `ghp_${"a".repeat(43)}`]) {
      expect(isApiTokenShaped(value), value).toBe(false);
    }
  });
});

describe("bearer credentials", () => {
  const headers = (authorization: string) => new Headers({ authorization });

  it("are read from Authorization: Bearer, whatever the case of the scheme", () => {
    expect(bearerCredentialOf(headers("Bearer vtd_abc"))).toBe("vtd_abc");
    expect(bearerCredentialOf(headers("bearer   vtd_abc "))).toBe("vtd_abc");
    expect(bearerCredentialOf(headers("Basic dXNlcjpwYXNz"))).toBeNull();
    expect(bearerCredentialOf(new Headers())).toBeNull();
  });

  it("with the read scope allow GET only; with write, everything", () => {
    expect(() => assertScopeAllows(["read"], "GET")).not.toThrow();
    expect(() => assertScopeAllows(["read"], "POST")).toThrow(/can only read/);
    expect(() => assertScopeAllows(["read"], "DELETE")).toThrow(/can only read/);
    expect(() => assertScopeAllows(["read", "write"], "DELETE")).not.toThrow();
  });
});
