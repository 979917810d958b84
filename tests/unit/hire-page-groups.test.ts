import { describe, expect, it } from "vitest";
import { groupOf, MAPPED_CATEGORIES, skillSummary } from "@/lib/hire-pages/groups";
import { isHirePageSlug } from "@/lib/hire-pages/slug";
import { SKILLS } from "@/prisma/seed-data/skills";

const categories = [...new Set(SKILLS.map((skill) => skill.category))];

describe("hire page groups", () => {
  it("has an entry for every category of the seeded taxonomy", () => {
    expect(categories.filter((category) => !MAPPED_CATEGORIES.includes(category))).toEqual([]);
  });

  it("gives every group a slug of its own that no skill uses and that a page URL accepts", () => {
    const groupSlugs = MAPPED_CATEGORIES.map((category) => groupOf(category).slug);
    const skillSlugs = new Set(SKILLS.map((skill) => skill.slug));
    expect(new Set(groupSlugs).size).toBe(groupSlugs.length);
    expect(groupSlugs.filter((slug) => skillSlugs.has(slug))).toEqual([]);
    for (const slug of [...groupSlugs, ...skillSlugs]) expect(isHirePageSlug(slug), slug).toBe(true);
  });

  it("uses the agreed slugs for the groups people search for", () => {
    expect(groupOf("Data").slug).toBe("data-engineering");
    expect(groupOf("DevOps/Cloud").slug).toBe("devops");
  });

  it("falls back to a kebab-cased slug for a category it does not know", () => {
    expect(groupOf("Game Dev & VR").slug).toBe("game-dev-and-vr");
    expect(groupOf("Game Dev & VR").name).toBe("Game Dev & VR");
  });

  it("writes one sentence per skill from its group, with no numbers", () => {
    expect(skillSummary("FastAPI", "Backend")).toBe("FastAPI experts build and run the APIs, services and background jobs behind a product.");
    for (const skill of SKILLS) {
      const work = skillSummary(skill.name, skill.category).slice(`${skill.name} experts `.length);
      expect(work).toMatch(/^[a-z][^.\d]*\.$/);
    }
    for (const category of MAPPED_CATEGORIES) expect(groupOf(category).summary).not.toMatch(/\d/);
  });
});
