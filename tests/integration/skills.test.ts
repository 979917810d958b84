import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ANONYMOUS_SKILL_SEARCHES, clearHits, recentHits } from "@/lib/rate-limit";
import { assertSkillsExist } from "@/lib/skills/assert-skills-exist";
import { searchSkills } from "@/lib/skills/search-skills";
import { searchSkillsOperation } from "@/lib/skills/search-skills.operation";
import { SKILLS } from "@/prisma/seed-data/skills";
import { callOperation } from "../support/call-operation";

const TAXONOMY_SLUGS = ["kubernetes", "postgresql", "fastapi", "python", "go", "django"];

/** The real taxonomy rows these tests search, written exactly as the seed writes them (so either may run first). */
async function ensureTaxonomySkills() {
  const skills = SKILLS.filter((skill) => TAXONOMY_SLUGS.includes(skill.slug));
  await db.skill.createMany({ data: skills.map(({ slug, name, category }) => ({ id: `seed_skill_${slug}`, slug, name, category })), skipDuplicates: true });
  const stored = await db.skill.findMany({ where: { slug: { in: TAXONOMY_SLUGS } }, select: { id: true, slug: true } });
  const idBySlug = new Map(stored.map((skill) => [skill.slug, skill.id]));
  await db.skillSynonym.createMany({
    data: skills.flatMap((skill) => skill.synonyms.map((alias) => ({ skillId: idBySlug.get(skill.slug)!, alias }))),
    skipDuplicates: true,
  });
  return idBySlug;
}

describe("searchSkills", () => {
  let idBySlug: Map<string, string>;
  beforeAll(async () => {
    idBySlug = await ensureTaxonomySkills();
  });

  it("finds a skill by a synonym, saying which synonym matched", async () => {
    expect((await searchSkills({ query: "k8s" }))[0]).toEqual({
      id: idBySlug.get("kubernetes"),
      name: "Kubernetes",
      category: expect.any(String),
      matchedAlias: "k8s",
    });
    expect((await searchSkills({ query: "Postgres" }))[0]).toMatchObject({ name: "PostgreSQL", matchedAlias: "postgres" });
  });

  it("matches names case-insensitively, by prefix and by substring, exact names first", async () => {
    expect((await searchSkills({ query: "FASTAPI" }))[0]).toEqual({ id: idBySlug.get("fastapi"), name: "FastAPI", category: expect.any(String) });
    expect((await searchSkills({ query: "postgre" }))[0]).toMatchObject({ name: "PostgreSQL" });
    expect((await searchSkills({ query: "ubernete" })).map((skill) => skill.name)).toContain("Kubernetes");
    expect((await searchSkills({ query: "go" }))[0]).toMatchObject({ name: "Go" });
  });

  it("lists each skill once, at most ten, and treats LIKE wildcards as plain text", async () => {
    const results = await searchSkills({ query: "a" });
    expect(results.length).toBeLessThanOrEqual(10);
    expect(new Set(results.map((skill) => skill.id)).size).toBe(results.length);
    expect(await searchSkills({ query: "%" })).toEqual([]);
    expect(await searchSkills({ query: "   " })).toEqual([]);
  });
});

describe("assertSkillsExist", () => {
  it("passes known skills and names the field holding an unknown one", async () => {
    const [skill] = await db.skill.findMany({ take: 1, select: { id: true } });
    await expect(assertSkillsExist({ requiredSkills: [skill.id] })).resolves.toBeUndefined();
    await expect(assertSkillsExist({ requiredSkills: [skill.id], niceToHaveSkillIds: ["missing-skill"] })).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      fields: { niceToHaveSkillIds: [expect.stringMatching(/not in our list/)] },
    });
  });
});

describe("GET /api/v1/skills", () => {
  it("answers visitors who are not signed in (the /start page), counting their searches per address", async () => {
    await ensureTaxonomySkills();
    // A call without a proxy in front has no forwarded address: "unknown", as clientIp says.
    await clearHits(ANONYMOUS_SKILL_SEARCHES, "unknown");
    const answer = await callOperation(searchSkillsOperation, null, { query: { q: "fastapi" } });
    expect(answer.status).toBe(200);
    expect(answer.json.skills).toContainEqual(expect.objectContaining({ name: "FastAPI" }));
    expect(await recentHits(ANONYMOUS_SKILL_SEARCHES, "unknown")).toHaveLength(1);
    const { bucket, max } = ANONYMOUS_SKILL_SEARCHES;
    await db.rateLimitEvent.createMany({ data: Array.from({ length: max - 1 }, () => ({ bucket, key: "unknown" })) });
    expect((await callOperation(searchSkillsOperation, null, { query: { q: "fastapi" } })).status).toBe(429);
    await clearHits(ANONYMOUS_SKILL_SEARCHES, "unknown");
  });
});

describe("searchSkills with typos", () => {
  it("still finds a skill when two letters are swapped, after the exact and substring hits", async () => {
    await ensureTaxonomySkills();
    expect((await searchSkills({ query: "pyhton" })).map((skill) => skill.name)).toContain("Python");
    expect((await searchSkills({ query: "kuberentes" }))[0]).toMatchObject({ name: "Kubernetes" });
    // A substring hit still ranks before a fuzzy one.
    expect((await searchSkills({ query: "postgre" }))[0]).toMatchObject({ name: "PostgreSQL" });
  });
});
