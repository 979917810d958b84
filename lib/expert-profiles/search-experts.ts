import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { seeableExpertProfileWhere, viewableExpertProfileWhere } from "@/lib/parties/expert-profile-viewers";
import { isSearchable, SEARCH_PAGE_SIZE, tooShortMessage } from "@/lib/search/schemas";
import { queryWithTrigramThreshold } from "@/lib/search/trigram";
import { type ExpertHit, expertSearchSql } from "./search-experts-sql";
import type { ExpertSearchQuery } from "./search-schemas";

export type ExpertSearch = Awaited<ReturnType<typeof searchExperts>>;

/**
 * Experts this user may see (the ones they work with, and public profiles) whose name, headline or
 * skills are close to the text: closest first, typos forgiven.
 */
export async function searchExperts({ user, query }: { user: SessionUser; query: ExpertSearchQuery }) {
  const paging = { page: query.page, pageSize: SEARCH_PAGE_SIZE };
  if (!isSearchable(query.q)) return { experts: [], total: 0, ...paging, message: tooShortMessage };
  const viewableIds =
    user.role === "ADMIN"
      ? null
      : (await db.expertProfile.findMany({ where: viewableExpertProfileWhere(user), select: { id: true } })).map((profile) => profile.id);
  const hits = await queryWithTrigramThreshold<ExpertHit>(
    expertSearchSql({ text: query.q, viewableIds, limit: SEARCH_PAGE_SIZE, offset: (query.page - 1) * SEARCH_PAGE_SIZE }),
  );
  const profiles = await db.expertProfile.findMany({
    where: { AND: [seeableExpertProfileWhere(user), { id: { in: hits.map((hit) => hit.id) } }] },
    select: {
      id: true,
      headline: true,
      publicSlug: true,
      user: { select: { name: true } },
      skills: { orderBy: [{ years: "desc" }, { skillId: "asc" }], take: 5, select: { skill: { select: { name: true } } } },
    },
  });
  const byId = new Map(profiles.map((profile) => [profile.id, profile]));
  const isViewable = (id: string) => viewableIds === null || viewableIds.includes(id);
  const experts = hits.flatMap((hit) => {
    const profile = byId.get(hit.id);
    if (!profile) return [];
    const href = isViewable(profile.id) || !profile.publicSlug ? `/experts/${profile.id}` : `/p/${profile.publicSlug}`;
    return [{ id: profile.id, name: profile.user.name, headline: profile.headline, skills: profile.skills.map(({ skill }) => skill.name), href }];
  });
  const message = experts.length ? null : query.page > 1 ? "No more experts." : `No expert you can see matches "${query.q}".`;
  return { experts, total: hits[0]?.total ?? 0, ...paging, message };
}
