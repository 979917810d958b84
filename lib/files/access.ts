import type { FileStatus } from "@/generated/prisma/enums";
import { isAdminWithoutTwoFactor } from "@/lib/sessions/admin-two-factor";
import type { SessionUser } from "@/lib/sessions/session-user";

// The one decision "may this person read this file", asked on every download and thumbnail. The
// uploader always may; an admin (with two-factor authentication) may; anyone else only through the
// place the file is attached to: each place adds its case below, with its own access check, and
// selects its attachment column in fileAccessSelect.

export const fileAccessSelect = { id: true, ownerId: true, status: true, attachedAt: true } as const;

export type AccessCheckedFile = { id: string; ownerId: string | null; status: FileStatus; attachedAt: Date | null };

async function canReadThroughAttachment(_user: SessionUser, file: AccessCheckedFile): Promise<boolean> {
  if (!file.attachedAt) return false;
  // switch on the attachment column that is set, e.g.:
  // if (file.messageId) return canReadMessage(user, file.messageId);
  return false;
}

export async function canReadFile(user: SessionUser, file: AccessCheckedFile): Promise<boolean> {
  if (file.ownerId === user.id) return true;
  if (file.status !== "READY") return false;
  if (user.role === "ADMIN") return !isAdminWithoutTwoFactor(user, ["ADMIN"]);
  return canReadThroughAttachment(user, file);
}
