import { db } from "@/lib/db";

/**
 * The invariant "no request outside MATCHING has an INVITED match", over the given requests (other
 * tests sharing the database write such rows on purpose). One line per breach; none is the truth.
 */
export async function openInvitationsOutsideMatching(requestIds: readonly string[]): Promise<string[]> {
  const breaches = await db.match.findMany({
    where: { requestId: { in: [...requestIds] }, status: "INVITED", request: { status: { not: "MATCHING" } } },
    select: { id: true, requestId: true, request: { select: { status: true } } },
    orderBy: { id: "asc" },
  });
  return breaches.map((match) => `invitation ${match.id} is still open on ${match.request.status} request ${match.requestId}`);
}
