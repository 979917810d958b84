import type { Transaction } from "@/lib/db";
import type { DeletionBlocker } from "./deletion-blocker";

/**
 * Matching that is still deciding needs the person: a client's request open to experts (they would be
 * invited to talk to nobody), and an expert's accepted invitation on a request still being matched (an
 * accepted invitation has no way back before the shortlist goes out, within 8 hours).
 */
export async function findMatchingBlockers(userId: string, client: Transaction): Promise<DeletionBlocker[]> {
  const [openRequests, acceptedInvitations] = await Promise.all([
    client.hiringRequest.findMany({ where: { createdById: userId, status: { in: ["MATCHING", "MATCHED"] } }, select: { title: true } }),
    client.match.findMany({
      where: { expertProfile: { userId }, status: "ACCEPTED", request: { status: "MATCHING" } },
      select: { request: { select: { title: true } } },
    }),
  ]);
  return [
    ...openRequests.map((request) => ({
      code: "request-open",
      message: `Your request "${request.title}" is open to experts. Cancel it first, or finish hiring for it.`,
    })),
    ...acceptedInvitations.map(({ request }) => ({
      code: "invitation-accepted",
      message: `You accepted an invitation to "${request.title}", which is still being matched. Its shortlist goes out within 8 hours; try again after that.`,
    })),
  ];
}
