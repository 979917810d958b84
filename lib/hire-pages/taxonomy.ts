import { db } from "@/lib/db";
import { groupOf } from "./groups";
import type { HirePageLink } from "./types";

export type TaxonomySkill = { id: string; slug: string; name: string; category: string };

export type HirePageTarget =
  | { kind: "skill"; skill: TaxonomySkill; groupSkills: TaxonomySkill[] }
  | { kind: "group"; slug: string; category: string; groupSkills: TaxonomySkill[] };

/** The whole skill taxonomy: a couple of hundred short rows. */
export function loadTaxonomy(): Promise<TaxonomySkill[]> {
  return db.skill.findMany({ select: { id: true, slug: true, name: true, category: true }, orderBy: { name: "asc" } });
}

export function groupLink(category: string): HirePageLink {
  const group = groupOf(category);
  return { slug: group.slug, name: group.name, kind: "group" };
}

export function skillLink(skill: { slug: string; name: string }): HirePageLink {
  return { slug: skill.slug, name: skill.name, kind: "skill" };
}

/** The skill or the group a slug names, with the skills of that group; null when it names neither. */
export function findHirePageTarget(skills: readonly TaxonomySkill[], slug: string): HirePageTarget | null {
  const inCategory = (category: string) => skills.filter((skill) => skill.category === category);
  const skill = skills.find((candidate) => candidate.slug === slug);
  if (skill) return { kind: "skill", skill, groupSkills: inCategory(skill.category) };
  const category = skills.find((candidate) => groupOf(candidate.category).slug === slug)?.category;
  return category ? { kind: "group", slug, category, groupSkills: inCategory(category) } : null;
}
