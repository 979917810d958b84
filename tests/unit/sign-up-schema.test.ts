import { describe, expect, it } from "vitest";
import { signUpSchema } from "@/lib/credentials/schemas";
import { fieldErrorsOf } from "@/lib/errors";

// Sign-up input is parsed at the edge (the API operation, the server action); signUp takes it parsed.

describe("the sign-up schema", () => {
  it("refuses bad input with a message for each field", () => {
    const parsed = signUpSchema.safeParse({ accountType: "CLIENT", name: "X", email: "not-an-email", password: "short", companyName: "" });
    expect(parsed.success).toBe(false);
    expect(Object.keys(fieldErrorsOf(parsed.error!)).sort()).toEqual(["companyName", "email", "name", "password"]);
  });

  it("normalizes the email, so one address cannot sign up twice in another case", () => {
    const parsed = signUpSchema.parse({ accountType: "EXPERT", name: "Eve Expert", email: "  Eve@Example.TEST ", password: "correct horse battery" });
    expect(parsed.email).toBe("eve@example.test");
  });
});
