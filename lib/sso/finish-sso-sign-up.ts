import { randomBytes } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { now } from "@/lib/clock";
import { hashPassword } from "@/lib/credentials/password";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertUnderLimit, recordHit, SIGN_UPS } from "@/lib/rate-limit";
import type { ProviderIdentity } from "./identity";
import type { FinishSsoSignUpInput } from "./schemas";

export type SsoCreatedAccount = { id: string; email: string; name: string; role: "CLIENT" | "EXPERT" };

/**
 * Creates the account a provider sign-in started, with the provider account linked, in one transaction:
 * as lib/auth/sign-up.ts does for password sign-ups (the company with its owner, or the expert's
 * application), but with no password anyone knows. Only for an email the provider verified.
 */
export async function finishSsoSignUp(identity: ProviderIdentity, data: FinishSsoSignUpInput, origin: { ip: string }): Promise<SsoCreatedAccount> {
  if (!identity.email || !identity.isEmailVerified) throw new AppError("FORBIDDEN", "Your provider did not verify your email address.");
  const email = identity.email;
  await assertUnderLimit(SIGN_UPS, origin.ip, "Too many accounts were created from your network. Try again in {minutes}.");
  const passwordHash = await hashPassword(randomBytes(32).toString("base64url"));
  try {
    const account = await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        // The provider verified the address, so it counts as confirmed here too.
        data: { email, name: data.name, passwordHash, hasPassword: false, role: data.accountType, lastSignInAt: now(), emailVerifiedAt: now() },
        select: { id: true },
      });
      if (data.accountType === "CLIENT") {
        await tx.company.create({ data: { name: data.companyName, members: { create: { userId: user.id, role: "OWNER" } } } });
      } else {
        await tx.expertProfile.create({ data: { userId: user.id, vettingStatus: "APPLIED" } });
      }
      const { provider, providerAccountId } = identity;
      await tx.linkedAccount.create({ data: { userId: user.id, provider, providerAccountId, email, lastUsedAt: now() }, select: { id: true } });
      const audit = { actorId: user.id, targetType: "User", targetId: user.id } as const;
      await recordAudit(tx, { ...audit, action: "account.created", data: { role: data.accountType, provider } });
      await recordAudit(tx, { ...audit, action: "sso.linked", data: { provider, via: "sign-up" } });
      return { id: user.id, email, name: data.name, role: data.accountType };
    });
    await recordHit(SIGN_UPS, origin.ip);
    return account;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "An account with this email address or sign-in already exists. Sign in instead.");
    }
    throw error;
  }
}
