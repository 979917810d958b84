import { describe, expect, it } from "vitest";
import { updateProfileSchema } from "@/lib/vetting/application/profile-schema";
import { type ApplicationValues, checkSteps, listSteps } from "@/lib/vetting/application/steps";

const EMPTY: ApplicationValues = {
  profile: { headline: "", bio: "" },
  skills: { skills: [] },
  rate: { hourlyRateCents: null, currency: "USD" },
  availability: { weeklyAvailableHours: null, timezone: null, isAvailable: true },
  links: { github: "", portfolio: "", linkedin: "" },
  answers: { proudestWork: "", hardProblem: "", remoteWork: "" },
};

const COMPLETE: ApplicationValues = {
  profile: { headline: "Senior Go engineer — payments", bio: "I build payment systems. ".repeat(6) },
  skills: { skills: [{ skillId: "go", name: "Go", level: "SENIOR", years: 7, isVerified: true }] },
  rate: { hourlyRateCents: 12_000, currency: "GBP" },
  availability: { weeklyAvailableHours: 20, timezone: "Europe/London", isAvailable: false },
  links: { github: "https://github.com/someone", portfolio: "", linkedin: "" },
  answers: { proudestWork: "P".repeat(60), hardProblem: "H".repeat(60), remoteWork: "R".repeat(60) },
};

describe("checkSteps", () => {
  it("finds a fresh draft complete only in its optional links, with each problem keyed by step and field", () => {
    const check = checkSteps(EMPTY);
    expect(check.complete).toEqual(["links"]);
    expect(check.missing).toEqual(["profile", "skills", "rate", "availability", "answers"]);
    expect(check.fields).toMatchObject({
      "profile.headline": [expect.any(String)],
      "skills.skills": ["Add at least one skill."],
      "rate.hourlyRateCents": ["Enter your hourly rate."],
      "availability.weeklyAvailableHours": [expect.any(String)],
      "availability.timezone": ["Choose your timezone."],
      "answers.hardProblem": [expect.any(String)],
    });
  });

  it("accepts a complete application, skill names and verification aside", () => {
    expect(checkSteps(COMPLETE)).toEqual({ complete: ["profile", "skills", "rate", "availability", "links", "answers"], missing: [], fields: {} });
  });

  it("names the steps in a sentence", () => {
    expect(listSteps(["rate"])).toBe("Rate");
    expect(listSteps(["profile", "skills", "answers"])).toBe("Profile, Skills and Questions");
  });
});

describe("updateProfileSchema", () => {
  it("leaves out what was not sent: an unsent isAvailable is not turned back on", () => {
    expect(updateProfileSchema.parse({ weeklyAvailableHours: 10 })).toEqual({ weeklyAvailableHours: 10 });
  });

  it("checks each sent field by the application's rules", () => {
    const parsed = updateProfileSchema.safeParse({ hourlyRateCents: 10, timezone: "Nowhere/Atlantis", links: { github: "javascript:alert(1)" }, extra: 1 });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join(".") || issue.code).sort()).toEqual([
      "hourlyRateCents",
      "links.github",
      "timezone",
      "unrecognized_keys",
    ]);
  });
});
