import QRCode from "qrcode";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import type { SessionUser } from "@/lib/sessions/session-user";
import { sealSecret } from "./secret-box";
import { groupedKey, newTotpSecret, otpauthUri } from "./totp";

export const ALREADY_ON = "Two-factor authentication is already on. To move to another app, turn it off first, then set it up again.";

/**
 * A new authenticator secret, not yet in force: it replaces any earlier unconfirmed one and only
 * counts once confirmed with a code (./confirm-enrolment.ts). Shown once, as a QR code and a key.
 */
export async function startEnrolment({ user }: { user: Pick<SessionUser, "id" | "email"> }) {
  const secret = newTotpSecret();
  await db.$transaction(async (tx) => {
    const existing = await tx.twoFactorCredential.findUnique({ where: { userId: user.id }, select: { confirmedAt: true } });
    if (existing?.confirmedAt) throw conflict(ALREADY_ON);
    await tx.twoFactorCredential.deleteMany({ where: { userId: user.id, confirmedAt: null } });
    await tx.twoFactorCredential.create({ data: { userId: user.id, encryptedSecret: sealSecret(secret, user.id) }, select: { id: true } });
  });
  const uri = otpauthUri(secret, user.email);
  return { manualKey: groupedKey(secret), otpauthUri: uri, qrCodeDataUrl: await QRCode.toDataURL(uri, { margin: 1, width: 200 }) };
}
