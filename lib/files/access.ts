import type { FileStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { canReadCompanyMoneyDocuments } from "@/lib/invoices/access";
import { seeableExpertProfileWhere } from "@/lib/parties/expert-profile-viewers";
import { isAdminWithoutTwoFactor } from "@/lib/sessions/admin-two-factor";
import type { SessionUser } from "@/lib/sessions/session-user";
import { canReadAttachment } from "./attachment-access";

// The one decision "may this person read this file", asked on every download and thumbnail. The
// uploader always may; an admin (with two-factor authentication) may; anyone else only through the
// place the file is attached to: each place adds its case below, with its own access check, and
// selects its attachment column in fileAccessSelect.

export const fileAccessSelect = {
  id: true,
  ownerId: true,
  status: true,
  attachedAt: true,
  messageId: true,
  milestoneSubmissionId: true,
  requestId: true,
  portfolioItemId: true,
  disputeEntryId: true,
  expertPhotoOf: { select: { id: true } },
  invoice: { select: { companyId: true } },
} as const;

export type AccessCheckedFile = {
  id: string;
  ownerId: string | null;
  status: FileStatus;
  attachedAt: Date | null;
  messageId: string | null;
  milestoneSubmissionId: string | null;
  requestId: string | null;
  portfolioItemId: string | null;
  disputeEntryId?: string | null;
  expertPhotoOf: { id: string } | null;
  /** The receipt or credit note this file is the PDF of. */
  invoice?: { companyId: string } | null;
};

async function canReadThroughAttachment(user: SessionUser, file: AccessCheckedFile): Promise<boolean> {
  if (!file.attachedAt) return false;
  // A portfolio file or a profile photo: whoever may see the expert's profile (lib/parties/expert-profile-viewers.ts).
  if (file.portfolioItemId) {
    return (await db.portfolioItem.count({ where: { id: file.portfolioItemId, expertProfile: seeableExpertProfileWhere(user) } })) > 0;
  }
  if (file.expertPhotoOf) {
    return (await db.expertProfile.count({ where: { id: file.expertPhotoOf.id, ...seeableExpertProfileWhere(user) } })) > 0;
  }
  if (file.invoice) return canReadCompanyMoneyDocuments(user, file.invoice.companyId);
  // A chat message, a milestone submission, a request brief: whoever may read that record.
  return canReadAttachment(user, file);
}

export async function canReadFile(user: SessionUser, file: AccessCheckedFile): Promise<boolean> {
  if (file.ownerId === user.id) return true;
  if (file.status !== "READY") return false;
  if (user.role === "ADMIN" && isAdminWithoutTwoFactor(user, ["ADMIN"])) return false;
  // A conversation's files are its members' even for admins: one reads them as the chat allows
  // (its contract disputed), as they read its messages.
  if (user.role === "ADMIN" && !file.messageId) return true;
  return canReadThroughAttachment(user, file);
}
