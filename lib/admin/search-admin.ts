import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/payments/access";
import { isSearchable, SEARCH_PAGE_SIZE, tooShortMessage } from "@/lib/search/schemas";
import { queryWithTrigramThreshold } from "@/lib/search/trigram";
import type { AdminSearchQuery } from "./schemas";
import { adminSearchSql, SEARCH_KINDS, type SearchHit, type SearchKind } from "./search-admin-hits";

export type AdminSearchResult = { kind: SearchKind; id: string; title: string; detail: string; href: string; score: number };
export type AdminSearch = Awaited<ReturnType<typeof searchAdmin>>;

/** The admin console's one search box: users, experts and requests, closest match first, typos forgiven. */
export async function searchAdmin({ user, query }: { user: SessionUser; query: AdminSearchQuery }) {
  assertAdmin(user);
  const paging = { page: query.page, pageSize: SEARCH_PAGE_SIZE };
  if (!isSearchable(query.q)) return { results: [], total: 0, ...paging, message: tooShortMessage };
  const hits = await queryWithTrigramThreshold<SearchHit>(
    adminSearchSql({
      text: query.q,
      kinds: query.kind ? [query.kind] : SEARCH_KINDS,
      limit: SEARCH_PAGE_SIZE,
      offset: (query.page - 1) * SEARCH_PAGE_SIZE,
    }),
  );
  const described = await describeHits(hits);
  const results = hits.flatMap((hit) => {
    const description = described.get(`${hit.kind}:${hit.id}`);
    return description ? [{ kind: hit.kind, id: hit.id, score: Math.round(hit.score * 100) / 100, ...description }] : [];
  });
  const message = results.length ? null : query.page > 1 ? "No more results." : `Nothing matches "${query.q}".`;
  return { results, total: hits[0]?.total ?? 0, ...paging, message };
}

type Description = { title: string; detail: string; href: string };

async function describeHits(hits: SearchHit[]): Promise<Map<string, Description>> {
  const idsOf = (kind: SearchKind) => hits.filter((hit) => hit.kind === kind).map((hit) => hit.id);
  const [users, experts, requests] = await Promise.all([
    db.user.findMany({ where: { id: { in: idsOf("USER") } }, select: { id: true, name: true, email: true, role: true, deletedAt: true } }),
    db.expertProfile.findMany({
      where: { id: { in: idsOf("EXPERT") } },
      select: {
        id: true,
        headline: true,
        vettingStatus: true,
        user: { select: { name: true } },
        skills: { orderBy: { years: "desc" }, take: 3, select: { skill: { select: { name: true } } } },
      },
    }),
    db.hiringRequest.findMany({
      where: { id: { in: idsOf("REQUEST") } },
      select: { id: true, title: true, status: true, createdById: true, company: { select: { name: true } } },
    }),
  ]);
  const described = new Map<string, Description>();
  for (const found of users) {
    const state = found.deletedAt ? " · deleted" : "";
    described.set(`USER:${found.id}`, { title: found.name, detail: `${found.email} · ${found.role.toLowerCase()}${state}`, href: `/admin/users/${found.id}` });
  }
  for (const expert of experts) {
    const skills = expert.skills.map(({ skill }) => skill.name).join(", ");
    const detail = [expert.headline, skills, expert.vettingStatus.toLowerCase()].filter(Boolean).join(" · ");
    described.set(`EXPERT:${expert.id}`, { title: expert.user.name, detail, href: `/admin/vetting/${expert.id}` });
  }
  for (const request of requests) {
    const detail = `${request.company.name} · ${request.status.toLowerCase().replaceAll("_", " ")} · opens the requester`;
    described.set(`REQUEST:${request.id}`, { title: request.title, detail, href: `/admin/users/${request.createdById}` });
  }
  return described;
}
