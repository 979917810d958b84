import { findExpertStatistics } from "./expert-statistics";
import { groupOf, skillSummary } from "./groups";
import { findLastModifiedBySkill, latest } from "./last-modified";
import { findGroupSkillsByExperts, findRelatedPages } from "./related-pages";
import { findSampleExperts } from "./sample-experts";
import { findShortlistTime } from "./shortlist-time";
import { isHirePageSlug } from "./slug";
import { findHirePageTarget, groupLink, loadTaxonomy, skillLink } from "./taxonomy";
import type { HirePage } from "./types";

/** The public page of a skill or a skill group; null for a slug that names neither (or is not a slug at all). */
export async function getHirePage(slug: string): Promise<HirePage | null> {
  if (!isHirePageSlug(slug)) return null;
  const taxonomy = await loadTaxonomy();
  const target = findHirePageTarget(taxonomy, slug);
  if (!target) return null;

  const pageSkills = target.kind === "skill" ? [target.skill] : target.groupSkills;
  const skillIds = pageSkills.map((skill) => skill.id);
  const groupSkillsByExperts = await findGroupSkillsByExperts(target.groupSkills);
  const [statistics, shortlistTime, relatedPages, sampleExperts, lastModified] = await Promise.all([
    findExpertStatistics(skillIds),
    findShortlistTime(skillIds),
    findRelatedPages(target, taxonomy, groupSkillsByExperts),
    findSampleExperts(skillIds),
    findLastModifiedBySkill(skillIds),
  ]);

  const category = target.kind === "skill" ? target.skill.category : target.category;
  const group = groupLink(category);
  const page = target.kind === "skill" ? skillLink(target.skill) : group;
  return {
    ...page,
    group,
    summary: target.kind === "skill" ? skillSummary(target.skill.name, category) : groupOf(category).summary,
    skills: (target.kind === "skill" ? pageSkills : groupSkillsByExperts).map(({ slug, name }) => ({ slug, name })),
    ...statistics,
    shortlistTime,
    relatedPages,
    sampleExperts,
    lastModified: latest(lastModified.map((row) => row.lastModified)),
  };
}
