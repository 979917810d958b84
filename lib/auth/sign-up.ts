import { Prisma } from "@/generated/prisma/client";
import { sendVerificationLink } from "@/lib/account-links/verification-link";
import { recordAudit } from "@/lib/audit/record-audit";
import { now } from "@/lib/clock";
import { hashPassword } from "@/lib/credentials/password";
import { newPasswordProblem } from "@/lib/credentials/password-strength";
import type { SignUpInput } from "@/lib/credentials/schemas";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertUnderLimit, recordHit, SIGN_UPS } from "@/lib/rate-limit";

export type CreatedAccount = { id: string; email: string; role: "CLIENT" | "EXPERT" };

/**
 * A company member's sign-up creates the company with them as its owner; an expert's creates
 * their application in APPLIED. Either gets an email with the link that confirms their address. One transaction: no user without its company or application.
 * Sign-ups from the public form and API (`origin`) are limited per IP to 20 an hour. A password that
 * is easy to guess is refused with the reason (./password-strength.ts). `data` comes parsed with
 * signUpSchema by the edge (the API operation, the sign-up action).
 */
export async function signUp(data: SignUpInput, origin?: { ip: string }): Promise<CreatedAccount> {
  if (origin) {
    await assertUnderLimit(SIGN_UPS, origin.ip, "Too many accounts were created from your network. Try again in {minutes}.");
  }
  const personalDetails = [data.email, data.name, ...(data.accountType === "CLIENT" ? [data.companyName] : [])];
  const passwordProblem = await newPasswordProblem(data.password, personalDetails);
  if (passwordProblem) {
    throw new AppError("VALIDATION_FAILED", "Choose a stronger password.", { fields: { password: [passwordProblem] } });
  }
  const passwordHash = await hashPassword(data.password);
  try {
    const account = await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: data.email, name: data.name, passwordHash, role: data.accountType },
        select: { id: true, email: true, name: true },
      });
      if (data.accountType === "CLIENT") {
        await tx.company.create({
          data: { name: data.companyName, members: { create: { userId: user.id, role: "OWNER" } } },
        });
      } else {
        await tx.expertProfile.create({ data: { userId: user.id, vettingStatus: "APPLIED" } });
      }
      await recordAudit(tx, { actorId: user.id, action: "account.created", targetType: "User", targetId: user.id, data: { role: data.accountType } });
      await sendVerificationLink(tx, user, now());
      return { id: user.id, email: user.email, role: data.accountType };
    });
    if (origin) await recordHit(SIGN_UPS, origin.ip);
    return account;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "An account with this email already exists. Sign in instead.", {
        fields: { email: ["An account with this email already exists."] },
      });
    }
    throw error;
  }
}
