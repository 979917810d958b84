import { DEMO_ACCOUNTS, DEMO_ADMIN_TOTP_SECRET } from "@/lib/auth/demo-accounts";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { sealSecret } from "@/lib/two-factor/secret-box";

// Admins must have two-factor authentication, so the demo admin comes with the published secret
// enrolled (README, demo accounts) and no recovery codes. Left alone once it exists: whoever demos
// may have moved it to their own phone.

export async function seedDemoAdminTwoFactor(): Promise<{ demoTwoFactor: number }> {
  const email = DEMO_ACCOUNTS.find((account) => account.role === "ADMIN")?.email ?? "";
  const admin = await db.user.findUnique({ where: { email }, select: { id: true, twoFactorCredential: { select: { id: true } } } });
  if (!admin || admin.twoFactorCredential) return { demoTwoFactor: 0 };
  await db.twoFactorCredential.create({
    data: { userId: admin.id, encryptedSecret: sealSecret(DEMO_ADMIN_TOTP_SECRET, admin.id), confirmedAt: now() },
    select: { id: true },
  });
  return { demoTwoFactor: 1 };
}
