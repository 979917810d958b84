import { logger } from "@/lib/logger";

// Next.js throws this when revalidatePath runs outside a request it is serving (the API router, the
// job worker, a script, a test). There is no cached page to refresh from there; the pages refresh on
// their own within their revalidate interval instead.
const OUTSIDE_NEXT = "Invariant: static generation store missing";

/**
 * Marks every /hire/ page stale, so the next visitor gets one rebuilt from the database. Call it
 * whenever what a public page shows about an expert changes. next/cache is loaded on the first call:
 * the API server imports this module before Next has set up its request storage. Never rejects.
 */
export async function refreshHirePages(): Promise<void> {
  try {
    const { revalidatePath } = await import("next/cache");
    revalidatePath("/hire/[slug]", "page");
  } catch (error) {
    if (error instanceof Error && error.message.startsWith(OUTSIDE_NEXT)) return;
    logger.error({ err: error }, "the hiring pages could not be marked stale");
  }
}
