import { db } from "@/lib/db";
import type { DraftChanges } from "./api-schemas";
import { parsePrefillQuery, type QueryParams } from "./prefill";
import { MAX_SKILLS, requestFieldsSchema } from "./schemas";

export type Prefill = { fields: DraftChanges; skillNames: Record<string, string> };

/**
 * A link's pre-fill with its skill slugs looked up: unknown slugs are left out, each list keeps at
 * most what a request takes. A link that names skills but no title gets "<first skill> expert", a
 * title the client recognises and can change.
 */
export async function resolvePrefill(params: QueryParams): Promise<Prefill> {
  const { fields, requiredSkillSlugs, niceToHaveSkillSlugs } = parsePrefillQuery(params);
  const slugs = [...requiredSkillSlugs, ...niceToHaveSkillSlugs];
  const skills = slugs.length ? await db.skill.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true, name: true } }) : [];
  const bySlug = new Map(skills.map((skill) => [skill.slug, skill]));
  const found = (list: string[]) => list.flatMap((slug) => bySlug.get(slug) ?? []).slice(0, MAX_SKILLS);
  const required = found(requiredSkillSlugs);
  const niceToHave = found(niceToHaveSkillSlugs);

  const prefilled: DraftChanges = { ...fields };
  if (required.length) prefilled.requiredSkills = required.map((skill) => ({ skillId: skill.id, minYears: 0 }));
  if (niceToHave.length) prefilled.niceToHaveSkillIds = niceToHave.map((skill) => skill.id);
  const defaultTitle = required[0] && requestFieldsSchema.shape.title.safeParse(`${required[0].name} expert`);
  if (prefilled.title === undefined && defaultTitle?.success) prefilled.title = defaultTitle.data;
  return { fields: prefilled, skillNames: Object.fromEntries(skills.map((skill) => [skill.id, skill.name])) };
}
