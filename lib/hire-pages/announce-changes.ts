import { Prisma } from "@/generated/prisma/client";
import { db, type Transaction } from "@/lib/db";
import { logger } from "@/lib/logger";
import { groupOf } from "./groups";
import { changePayloads, HIRE_PAGES_CHANNEL, hirePagePathOf } from "./page-changes";

// Most changes to what a hiring page shows are made outside a request Next.js serves (the API router,
// the worker), where revalidatePath cannot reach the cache, and each app instance has a cache of its
// own anyway. So a change is announced on PostgreSQL's hire_pages channel, and every instance
// regenerates the pages it holds (lib/hire-pages/regenerate-hire-pages.ts).

// Next.js throws this when revalidatePath runs outside a request it is serving.
const OUTSIDE_NEXT = "Invariant: static generation store missing";

/**
 * The pages an expert can appear on or be counted in: the page of each skill they hold (verified or
 * not: rates count every holder) and the group page of each of those skills' categories.
 */
export async function hirePagePathsOf(userId: string, client: Pick<Transaction, "$queryRaw"> = db): Promise<string[]> {
  const skills = await client.$queryRaw<{ slug: string; category: string }[]>(Prisma.sql`
    SELECT s.slug, s.category
    FROM expert_skills es
    JOIN expert_profiles ep ON ep.id = es."expertProfileId"
    JOIN skills s ON s.id = es."skillId"
    WHERE ep."userId" = ${userId}`);
  const slugs = new Set(skills.flatMap((skill) => [skill.slug, groupOf(skill.category).slug]));
  return [...slugs].sort().map(hirePagePathOf);
}

/**
 * Inside a request Next.js serves (a server action), its own cache is marked stale at once too.
 * next/cache is loaded on the first call: the API server imports this module before Next has set up
 * its request storage, and loading next/cache before that throws.
 */
async function markStaleInThisRequest() {
  try {
    const { revalidatePath } = await import("next/cache");
    revalidatePath("/hire/[slug]", "page");
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
export async function announceHirePageChanges(paths: Iterable<string>): Promise<void> {
  const payloads = changePayloads(paths);
  if (!payloads.length) return;
  await markStaleInThisRequest();
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
