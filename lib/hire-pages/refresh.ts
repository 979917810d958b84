import { revalidatePath } from "next/cache";

// Next.js throws this when revalidatePath runs outside a request it is serving (the job worker, a
// script, a test). There is no cached page to refresh from there; the pages refresh on their own
// within their revalidate interval instead.
const OUTSIDE_NEXT = "Invariant: static generation store missing";

/**
 * Marks every /hire/ page and the sitemap stale, so the next visitor gets one rebuilt from the
 * database. Call it whenever what a public page shows about an expert changes.
 */
export function refreshHirePages(): void {
  try {
    revalidatePath("/hire/[slug]", "page");
    revalidatePath("/sitemap.xml");
  } catch (error) {
    if (error instanceof Error && error.message.startsWith(OUTSIDE_NEXT)) return;
    throw error;
  }
}
