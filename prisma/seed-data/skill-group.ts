export type SeedSkill = { slug: string; name: string; category: string; synonyms: string[] };

type SkillRow = readonly [slug: string, name: string, synonyms: readonly string[]];

/** Compact rows → skills of one category, with aliases lower-cased. */
export function skillGroup(category: string, rows: readonly SkillRow[]): SeedSkill[] {
  return rows.map(([slug, name, synonyms]) => ({
    slug,
    name,
    category,
    synonyms: synonyms.map((alias) => alias.toLowerCase()),
  }));
}
