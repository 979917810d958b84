import { readFileSync } from "node:fs";
import path from "node:path";
import { logger } from "@/lib/logger";
import { listHirePages } from "./list-hire-pages";
import { listPublicProfileSlugs } from "./list-public-profiles";
import { listenForPageChanges } from "./listen-for-page-changes";
import { hirePagePathOf } from "./page-changes";
import { publicProfilePathOf } from "./public-profile-path";
import { createRegenerationQueue } from "./regeneration-queue";

// Each app instance listens for announced hiring page changes (lib/hire-pages/announce-changes.ts) and
// regenerates those pages in its own cache, by requesting them from itself the way Next.js's on-demand
// revalidation does: with the build's preview-mode id in x-prerender-revalidate, Next renders the page
// afresh and stores it, whatever its age. Pages this instance never generated are generated too: with
// x-prerender-revalidate-if-generated, Next 16 answers such a page with a 500 ("cache entry required but
// not generated") instead of a 404, and a visitor arriving meanwhile joins that render and gets the 500.
// Only a production server caches pages; `next dev` renders each request, so it needs none of this.

/** More paths than this waiting at once, and the rest refresh within their revalidate interval. */
export const MAX_PENDING_PAGES = 1_000;
const REQUEST_TIMEOUT_MS = 30_000;

/** The id Next.js checks on-demand revalidation requests against; `next build` writes a new one each build. */
export function readPreviewModeId(distDir: string): string {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "prerender-manifest.json"), "utf8")) as { preview?: { previewModeId?: unknown } };
  const previewModeId = manifest.preview?.previewModeId;
  if (typeof previewModeId !== "string" || !previewModeId) throw new Error(`${distDir}/prerender-manifest.json has no preview.previewModeId`);
  return previewModeId;
}

/** Regenerates one page in this instance's cache: its new content, or its 404 once it shows nothing. */
export async function regenerateOnThisInstance(origin: string, pagePath: string, previewModeId: string): Promise<"regenerated" | "not-found"> {
  const response = await fetch(new URL(pagePath, origin), {
    headers: { "x-prerender-revalidate": previewModeId },
    redirect: "manual",
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  await response.arrayBuffer();
  if (response.status === 404) return "not-found";
  if (response.status !== 200) throw new Error(`${pagePath} answered ${response.status} when regenerated`);
  return "regenerated";
}

export type HirePageRegeneration = { stop(): Promise<void> };

/**
 * Starts listening, once the server is listening: `origin` is its address as this process reaches it
 * (http://127.0.0.1:<port>). Null, with an error logged, when it cannot start.
 */
export function startHirePageRegeneration(options: { origin: string; distDir: string; connectionString: string | undefined }): HirePageRegeneration | null {
  const { origin, distDir, connectionString } = options;
  let previewModeId: string;
  try {
    if (!connectionString) throw new Error("no database URL to listen on");
    previewModeId = readPreviewModeId(distDir);
  } catch (error) {
    // The server still serves; the pages then refresh within their revalidate interval only.
    logger.error({ err: error }, "hiring pages will not be regenerated on announced changes");
    return null;
  }
  const queue = createRegenerationQueue({
    maxPending: MAX_PENDING_PAGES,
    regenerate: async (pagePath) => {
      const outcome = await regenerateOnThisInstance(origin, pagePath, previewModeId);
      if (outcome === "regenerated") logger.info({ path: pagePath }, "regenerated a hiring page");
    },
    onError: (pagePath, error) => logger.warn({ err: error, path: pagePath }, "could not regenerate a hiring page; it refreshes within the hour"),
    onDropped: (count) => logger.warn({ count }, "too many hiring pages to regenerate at once; the rest refresh within the hour"),
  });
  const listener = listenForPageChanges({
    connectionString,
    onPaths: (paths) => queue.add(paths),
    onReconnected: () => {
      // Changes announced while the connection was down are unknown: every page this instance holds is regenerated.
      Promise.all([listHirePages(), listPublicProfileSlugs()])
        .then(([pages, profileSlugs]) => queue.add([...pages.map((page) => hirePagePathOf(page.slug)), ...profileSlugs.map(publicProfilePathOf)]))
        .catch((error) => logger.warn({ err: error }, "could not list the hiring pages to regenerate; they refresh within the hour"));
    },
  });
  return { stop: () => listener.stop() };
}
