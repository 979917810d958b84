import { Prisma } from "@/generated/prisma/client";
import { db, type Transaction } from "@/lib/db";
import { logger } from "@/lib/logger";
import { groupOf } from "./groups";
import { changePayloads, HIRE_PAGES_CHANNEL, hirePagePathOf, isHirePagePath } from "./page-changes";
import { isPublicProfilePath, publicProfilePathOf } from "./public-profile-path";

// Most changes to what a hiring page shows are made outside a request Next.js serves (the API router,
// the worker), where revalidatePath cannot reach the cache, and each app instance has a cache of its
// own anyway. So a change is announced on PostgreSQL's hire_pages channel, and every instance
// regenerates the pages it holds (lib/hire-pages/regenerate-hire-pages.ts).

// Next.js throws this when revalidatePath runs outside a request it is serving.
const OUTSIDE_NEXT = "Invariant: static generation store missing";

/**
 * The pages an expert can appear on or be counted in: the page of each skill they hold (verified or
 * not: rates count every holder), the group page of each of those skills' categories, and their public
 * profile's address if they ever had one (opted out, it must turn into a 404 on every instance).
 */
export async function hirePagePathsOf(userId: string, client: Pick<Transaction, "$queryRaw"> = db): Promise<string[]> {
  const rows = await client.$queryRaw<{ slug: string | null; category: string | null; publicSlug?: string | null }[]>(Prisma.sql`
    SELECT s.slug, s.category, NULL AS "publicSlug"
    FROM expert_skills es
    JOIN expert_profiles ep ON ep.id = es."expertProfileId"
    JOIN skills s ON s.id = es."skillId"
    WHERE ep."userId" = ${userId}
    UNION ALL
    SELECT NULL, NULL, ep."publicSlug" FROM expert_profiles ep WHERE ep."userId" = ${userId} AND ep."publicSlug" IS NOT NULL`);
  const slugs = new Set(rows.flatMap((row) => (row.slug && row.category ? [row.slug, groupOf(row.category).slug] : [])));
  const profiles = rows.flatMap((row) => (row.publicSlug ? [publicProfilePathOf(row.publicSlug)] : []));
  return [...[...slugs].sort().map(hirePagePathOf), ...profiles];
}

/**
 * Inside a request Next.js serves (a server action), its own cache is marked stale at once too.
 * next/cache is loaded on the first call: the API server imports this module before Next has set up
 * its request storage, and loading next/cache before that throws.
 */
async function markStaleInThisRequest(paths: readonly string[]) {
  try {
    const { revalidatePath } = await import("next/cache");
    if (paths.some(isHirePagePath)) revalidatePath("/hire/[slug]", "page");
    if (paths.some(isPublicProfilePath)) revalidatePath("/p/[slug]", "page");
  } catch (error) {
    if (error instanceof Error && error.message.startsWith(OUTSIDE_NEXT)) return;
    logger.error({ err: error }, "could not mark the hiring pages stale");
  }
}

/**
 * Tells every app instance that these pages changed. Call it after the change committed: an instance
 * may regenerate a page the moment it hears. Never throws: a page left stale refreshes within its
 * revalidate interval, and the change the user made must not fail for it.
 */
export async function announceHirePageChanges(announced: Iterable<string>): Promise<void> {
  const paths = [...new Set(announced)];
  const payloads = changePayloads(paths);
  if (!payloads.length) return;
  await markStaleInThisRequest(paths);
  try {
    for (const payload of payloads) await db.$executeRaw(Prisma.sql`SELECT pg_notify(${HIRE_PAGES_CHANNEL}, ${payload})`);
  } catch (error) {
    logger.error({ err: error }, "could not announce changed hiring pages; they refresh within the hour");
  }
}

/** After a change to an expert committed: their pages now, plus `before` (the pages of skills they no longer hold). Never throws. */
export async function announceExpertHirePages(userId: string, { before = [] }: { before?: readonly string[] } = {}): Promise<void> {
  let paths: string[];
  try {
    paths = await hirePagePathsOf(userId);
  } catch (error) {
    logger.error({ err: error }, "could not find an expert's hiring pages; they refresh within the hour");
    paths = [];
  }
  await announceHirePageChanges([...before, ...paths]);
}
