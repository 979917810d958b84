import { findLastModifiedBySkill, latest } from "./last-modified";
import { groupLink, skillLink } from "./taxonomy";
import type { HirePageLink } from "./types";

export type ListedHirePage = HirePageLink & { lastModified: Date };

/**
 * Every page, from one query: one per skill of the taxonomy and one per group, whether or not anyone
 * holds the skill yet — a page with no experts says so and still lets a company raise a request.
 * Skills first, then groups, each by name.
 */
export async function listHirePages(): Promise<ListedHirePage[]> {
  const skills = await findLastModifiedBySkill();
  const groups = new Map<string, ListedHirePage>();
  for (const skill of skills) {
    const group = groupLink(skill.category);
    const listed = groups.get(group.slug);
    groups.set(group.slug, { ...group, lastModified: latest([skill.lastModified, ...(listed ? [listed.lastModified] : [])]) });
  }
  // A category the group table does not know could kebab-case to a skill's slug: the skill keeps the URL.
  const skillSlugs = new Set(skills.map((skill) => skill.slug));
  return [
    ...skills.map((skill) => ({ ...skillLink(skill), lastModified: skill.lastModified })),
    ...[...groups.values()].filter((group) => !skillSlugs.has(group.slug)).sort((a, b) => a.name.localeCompare(b.name)),
  ];
}
