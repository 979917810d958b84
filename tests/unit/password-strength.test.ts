import { describe, expect, it } from "vitest";
import { newPasswordProblem } from "@/lib/credentials/password-strength";

const DANA = ["dana.lee@acme-robotics.test", "Dana Lee", "Acme Robotics"];

describe("newPasswordProblem", () => {
  it("refuses ten spaces, saying why", async () => {
    expect(await newPasswordProblem(" ".repeat(10), DANA)).toMatch(/^Repeated characters .* are easy to guess\./);
  });

  it("refuses a common password and says what to do instead", async () => {
    const problem = await newPasswordProblem("password123456", DANA);
    expect(problem).toMatch(/common password/);
    expect(problem).toContain("Add a few uncommon words or make it longer.");
  });

  it("refuses the person's own email, name or company as the password", async () => {
    for (const password of ["dana.lee@acme-robotics.test", "danalee1234", "AcmeRobotics2026"]) {
      expect(await newPasswordProblem(password, DANA), password).toMatch(/your name, email address or company name/);
    }
  });

  it("accepts a passphrase of uncommon words, and a long random one", async () => {
    expect(await newPasswordProblem("Quiet ferret juggles 7 lanterns", DANA)).toBeNull();
    expect(await newPasswordProblem("pw-5f0b7c2e-9d41-4a3b-8e6f-1c2d3e4f5a6b", DANA)).toBeNull();
  });

  it("says the length limits in characters", async () => {
    expect(await newPasswordProblem("Qf7!x", DANA)).toBe("Use at least 10 characters.");
    expect(await newPasswordProblem("x".repeat(201), DANA)).toBe("Use at most 200 characters.");
  });

  it("checks the longest password allowed quickly", async () => {
    await newPasswordProblem("warm-up password", []);
    const started = performance.now();
    await newPasswordProblem("4@3$1!0|5".repeat(22).slice(0, 200), DANA);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
