import type { FileStatus } from "@/generated/prisma/enums";
import { canReadCompanyMoneyDocuments } from "@/lib/invoices/access";
import { isAdminWithoutTwoFactor } from "@/lib/sessions/admin-two-factor";
import type { SessionUser } from "@/lib/sessions/session-user";

// The one decision "may this person read this file", asked on every download and thumbnail. The
// uploader always may; an admin (with two-factor authentication) may; anyone else only through the
// place the file is attached to: each place adds its case below, with its own access check, and
// selects its attachment column in fileAccessSelect.

export const fileAccessSelect = { id: true, ownerId: true, status: true, attachedAt: true, invoice: { select: { companyId: true } } } as const;

export type AccessCheckedFile = {
  id: string;
  ownerId: string | null;
  status: FileStatus;
  attachedAt: Date | null;
  /** The receipt or credit note this file is the PDF of. */
  invoice?: { companyId: string } | null;
};

async function canReadThroughAttachment(user: SessionUser, file: AccessCheckedFile): Promise<boolean> {
  if (!file.attachedAt) return false;
  // switch on the attachment column that is set, e.g.:
  // if (file.messageId) return canReadMessage(user, file.messageId);
  if (file.invoice) return canReadCompanyMoneyDocuments(user, file.invoice.companyId);
  return false;
}

export async function canReadFile(user: SessionUser, file: AccessCheckedFile): Promise<boolean> {
  if (file.ownerId === user.id) return true;
  if (file.status !== "READY") return false;
  if (user.role === "ADMIN") return !isAdminWithoutTwoFactor(user, ["ADMIN"]);
  return canReadThroughAttachment(user, file);
}
