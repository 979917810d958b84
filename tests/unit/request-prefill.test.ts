import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setClock } from "@/lib/clock";
import { hasPrefill, keepValidFields, MAX_PARAM_LENGTH, parsePrefillQuery, prefillSearch } from "@/lib/requests/prefill";

const NOW = new Date("2026-12-07T12:00:00Z");
const DESCRIPTION = "Build an async FastAPI service that ingests insurance claims and stores them.";

beforeEach(() => setClock(() => NOW));
afterEach(() => setClock(null));

describe("pre-fill from a link", () => {
  it("reads every field the wizard has, with friendly spellings", () => {
    const prefill = parsePrefillQuery({
      skill: "fastapi",
      skills: ["PostgreSQL", "docker,kubernetes"],
      nice: "redis,fastapi",
      title: "Claims intake API",
      description: DESCRIPTION,
      engagement: "hourly",
      currency: "eur",
      budgetMin: "60",
      budgetMax: "95.50",
      startDate: "2026-12-21",
      durationWeeks: "8",
      hoursPerWeek: "30",
      timezone: "Europe/Berlin",
      minOverlapHours: "3",
    });
    expect(prefill.requiredSkillSlugs).toEqual(["fastapi", "postgresql", "docker", "kubernetes"]);
    expect(prefill.niceToHaveSkillSlugs).toEqual(["redis"]);
    expect(prefill.fields).toEqual({
      title: "Claims intake API",
      description: DESCRIPTION,
      engagement: "HOURLY",
      currency: "EUR",
      budgetMinCents: 6000,
      budgetMaxCents: 9550,
      startDate: new Date("2026-12-21T00:00:00Z"),
      durationWeeks: 8,
      hoursPerWeek: 30,
      timezone: "Europe/Berlin",
      minOverlapHours: 3,
    });
  });

  it("takes FIXED_PRICE however it is written", () => {
    for (const engagement of ["FIXED_PRICE", "fixed-price", "Fixed price", "fixed"]) {
      expect(parsePrefillQuery({ engagement }).fields.engagement).toBe("FIXED_PRICE");
    }
  });

  it("drops each invalid value on its own and keeps the rest", () => {
    const prefill = parsePrefillQuery({
      skill: "fastapi",
      title: "ok",
      description: DESCRIPTION,
      engagement: "weekly",
      currency: "BTC",
      budgetMin: "-5",
      budgetMax: "1e9",
      startDate: "2020-01-01",
      durationWeeks: "3.5",
      hoursPerWeek: "999",
      timezone: "Mars/Olympus",
      minOverlapHours: "NaN",
    });
    expect(prefill.fields).toEqual({ description: DESCRIPTION });
    expect(prefill.requiredSkillSlugs).toEqual(["fastapi"]);
  });

  it("ignores dates that do not exist and budgets whose minimum is above the maximum", () => {
    expect(parsePrefillQuery({ startDate: "2027-02-31" }).fields.startDate).toBeUndefined();
    expect(parsePrefillQuery({ startDate: "2026-12-21T00:00:00Z" }).fields.startDate).toBeUndefined();
    expect(parsePrefillQuery({ budgetMin: "90", budgetMax: "50" }).fields).toEqual({ budgetMaxCents: 5000 });
  });

  it("ignores hostile and huge values without throwing", () => {
    const huge = "a".repeat(MAX_PARAM_LENGTH + 1);
    const prefill = parsePrefillQuery({
      skill: ["<script>alert(1)</script>", "../../etc/passwd", "fast api", `${"x".repeat(65)}`, "", "FASTAPI"],
      nice: huge,
      title: huge,
      description: `${DESCRIPTION}\u0000`,
      engagement: ["hourly", "hourly"],
      currency: ["USD"],
      budgetMax: "50; DROP TABLE users",
      timezone: "<img src=x onerror=alert(1)>",
      minOverlapHours: "__proto__",
    });
    expect(prefill).toEqual({ fields: {}, requiredSkillSlugs: ["fastapi"], niceToHaveSkillSlugs: [] });
  });

  it("keeps HTML in free text as text: the wizard's inputs show it, escaped", () => {
    expect(parsePrefillQuery({ title: "<b>Hire</b> me now" }).fields.title).toBe("<b>Hire</b> me now");
    expect(parsePrefillQuery({ title: "Line\nbreak title" }).fields.title).toBeUndefined();
    expect(parsePrefillQuery({ description: `${DESCRIPTION}\n\nThanks` }).fields.description).toBe(`${DESCRIPTION}\n\nThanks`);
  });

  it("looks up at most twice the skills a request takes", () => {
    const many = Array.from({ length: 500 }, (_, index) => `skill-${index}`).join(",");
    expect(parsePrefillQuery({ skills: many.slice(0, MAX_PARAM_LENGTH) }).requiredSkillSlugs).toHaveLength(20);
  });

  it("tells a link that pre-fills from one that does not, and carries only the pre-fill on", () => {
    expect(hasPrefill({ skill: "fastapi" })).toBe(true);
    expect(hasPrefill({ utm_source: "newsletter" })).toBe(false);
    expect(prefillSearch({ skill: ["fastapi", "docker"], title: "A & B", draft: "x", callbackUrl: "//evil.test" })).toBe(
      "skill=fastapi&skill=docker&title=A+%26+B",
    );
  });
});

describe("stored draft fields read back", () => {
  it("keeps what is still valid and settles a skill listed twice", () => {
    const fields = keepValidFields({
      title: "Claims intake API",
      startDate: "2026-01-01T00:00:00.000Z",
      requiredSkills: [{ skillId: "s1", minYears: 2 }],
      niceToHaveSkillIds: ["s1", "s2", "s2"],
      budgetMaxCents: "5000",
    });
    expect(fields).toEqual({ title: "Claims intake API", requiredSkills: [{ skillId: "s1", minYears: 2 }], niceToHaveSkillIds: ["s2"] });
  });
});
