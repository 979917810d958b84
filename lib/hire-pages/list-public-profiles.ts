import { db } from "@/lib/db";

/** Every public profile's slug and when it last changed, newest first (the sitemap, the regeneration after a lost connection). */
export async function listPublicProfiles(limit = 50_000): Promise<{ slug: string; updatedAt: Date }[]> {
  const rows = await db.expertProfile.findMany({
    where: { publicProfile: true, publicSlug: { not: null }, vettingStatus: "APPROVED", user: { suspendedAt: null, deletedAt: null } },
    select: { publicSlug: true, updatedAt: true },
    orderBy: { updatedAt: "desc" },
    take: limit,
  });
  return rows.flatMap((row) => (row.publicSlug ? [{ slug: row.publicSlug, updatedAt: row.updatedAt }] : []));
}

/** Every address a public profile ever had, shown or not now: after a lost announcement each may have changed either way. */
export async function listPublicProfileSlugs(): Promise<string[]> {
  const rows = await db.expertProfile.findMany({ where: { publicSlug: { not: null } }, select: { publicSlug: true } });
  return rows.flatMap((row) => (row.publicSlug ? [row.publicSlug] : []));
}
