import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { memberOfCompany } from "@/lib/parties/sides";
import { can } from "@/lib/teams/permissions";

/** The draft request this user touched last, for a "Finish your request" link; null for anyone who cannot raise requests. */
export async function findLatestDraftId(user: SessionUser): Promise<string | null> {
  if (user.role !== "CLIENT" || !can(user, "manageRequests")) return null;
  const draft = await db.hiringRequest.findFirst({
    where: { status: "DRAFT", createdById: user.id, company: memberOfCompany(user, "manageRequests") },
    orderBy: { updatedAt: "desc" },
    select: { id: true },
  });
  return draft?.id ?? null;
}
