import { describe, expect, it } from "vitest";
import { formValuesOf, profileErrors, profileInputOf, serverErrors, stepErrors, stepInputOf, stepOfField } from "@/components/vetting/application/form-values";
import type { ApplicationValues } from "@/lib/vetting/application/steps";

const STORED: ApplicationValues = {
  profile: { headline: "Senior Go engineer — payments", bio: "Bio" },
  skills: { skills: [{ skillId: "go", name: "Go", level: "SENIOR", years: 7, isVerified: true }] },
  rate: { hourlyRateCents: 9_550, currency: "EUR" },
  availability: { weeklyAvailableHours: 20, timezone: "Europe/Paris", isAvailable: false },
  links: { github: "https://github.com/someone", portfolio: "", linkedin: "" },
  answers: { proudestWork: "P", hardProblem: "H", remoteWork: "R" },
};

describe("the application form's values", () => {
  it("round-trips the stored steps through the inputs: the rate as units, numbers as text", () => {
    const values = formValuesOf(STORED);
    expect(values).toMatchObject({ hourlyRate: "95.5", weeklyAvailableHours: "20", skills: [{ skillId: "go", years: "7", level: "SENIOR" }] });
    expect(stepInputOf(values, "rate")).toEqual({ hourlyRateCents: 9_550, currency: "EUR" });
    expect(stepInputOf(values, "skills")).toEqual({ skills: [{ skillId: "go", level: "SENIOR", years: 7 }] });
    expect(stepInputOf(values, "availability")).toEqual({ weeklyAvailableHours: 20, timezone: "Europe/Paris", isAvailable: false });
  });

  it("sends blank inputs as missing, so the schema's own message shows", () => {
    const values = { ...formValuesOf(STORED), hourlyRate: "", skills: [{ skillId: "go", name: "Go", level: "" as const, years: "", isVerified: false }] };
    expect(stepErrors(values, "rate")).toEqual({ hourlyRateCents: "Enter your hourly rate." });
    expect(stepErrors(values, "skills")).toEqual({ "skills.0.level": "Choose a level.", "skills.0.years": "Enter your years." });
  });

  it("maps the server's field paths onto the inputs' names", () => {
    expect(serverErrors({ "values.headline": ["Too short", "Other"], "values.skills.0.years": ["Bad"] }, "values")).toEqual({
      headline: "Too short",
      "skills.0.years": "Bad",
    });
    expect(serverErrors({ "profile.bio": ["Write more"], "skills.skills": ["Add one"] }, "step")).toEqual({ bio: "Write more", skills: "Add one" });
    expect(profileErrors({ "links.github": "Use https", "skills.1.level": "Choose" })).toEqual({ github: "Use https", "skills.1.level": "Choose" });
    expect([stepOfField("skills.0.years"), stepOfField("linkedin"), stepOfField("remoteWork"), stepOfField("_")]).toEqual(["skills", "links", "answers", null]);
  });

  it("builds the whole profile change from the inputs", () => {
    expect(profileInputOf(formValuesOf(STORED))).toEqual({
      headline: STORED.profile.headline,
      bio: "Bio",
      hourlyRateCents: 9_550,
      currency: "EUR",
      weeklyAvailableHours: 20,
      timezone: "Europe/Paris",
      isAvailable: false,
      links: STORED.links,
      skills: [{ skillId: "go", level: "SENIOR", years: 7 }],
    });
  });
});
