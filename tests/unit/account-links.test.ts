import { describe, expect, it } from "vitest";
import { maskEmail } from "@/lib/account-links/account-email";
import { hashToken, isWellFormedToken } from "@/lib/account-links/account-tokens";
import { isSealedText, openText, sealText } from "@/lib/account-links/sealed-text";
import { formValues } from "@/lib/accounts/form-result";
import { resetPasswordSchema } from "@/lib/accounts/schemas";

const SECRET = "a session secret of at least thirty-two characters";

describe("sealed email text", () => {
  it("opens what it sealed, with the same secret only, and leaves plain text alone", () => {
    const text = "Choose a new password here: https://vetted.test/reset-password?token=abc";
    const sealed = sealText(text, SECRET);
    expect(isSealedText(sealed)).toBe(true);
    expect(sealed).not.toContain("token=abc");
    expect(sealText(text, SECRET)).not.toBe(sealed); // a fresh IV each time
    expect(openText(sealed, SECRET)).toBe(text);
    expect(() => openText(sealed, `${SECRET}!`)).toThrow();
    expect(openText("Your application was approved.", SECRET)).toBe("Your application was approved.");
  });
});

describe("link tokens", () => {
  it("are 43 base64url characters, stored as their SHA-256", () => {
    expect(isWellFormedToken("A".repeat(43))).toBe(true);
    expect(isWellFormedToken("A".repeat(42))).toBe(false);
    expect(isWellFormedToken(`${"A".repeat(42)}=`)).toBe(false);
    expect(hashToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});

describe("account forms", () => {
  it("read FormData and plain objects alike, leaving out React's own fields", () => {
    const form = new FormData();
    form.set("email", "a@b.test");
    form.set("$ACTION_ID_123", "");
    expect(formValues(form)).toEqual({ email: "a@b.test" });
    expect(formValues({ email: "a@b.test" })).toEqual({ email: "a@b.test" });
    expect(formValues("nonsense")).toEqual({});
  });

  it("say so when the two new passwords differ", () => {
    const parsed = resetPasswordSchema.safeParse({ token: "t", password: "quiet lantern orbit", confirmPassword: "quiet lantern orbit!" });
    expect(parsed.success ? [] : parsed.error.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["confirmPassword", "The two passwords do not match."],
    ]);
  });

  it("mask an address enough for its owner to recognise", () => {
    expect(maskEmail("jordan@example.com")).toBe("jo…@example.com");
  });
});
