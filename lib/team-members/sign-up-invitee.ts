import { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { CreatedAccount } from "@/lib/auth/sign-up";
import { hashPassword } from "@/lib/credentials/password";
import { newPasswordProblem } from "@/lib/credentials/password-strength";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertUnderLimit, recordHit, SIGN_UPS } from "@/lib/rate-limit";
import { usableInvitation } from "./find-invitation";
import { joinCompany } from "./join-company";
import type { InviteeSignUpInput } from "./schemas";

/**
 * Sign-up through an invitation link: a company account created straight into the inviting company
 * with the invited role (no company of its own), for the invited address only. Limited per address
 * like every sign-up; a used, expired, revoked or forged link is refused and nothing is created.
 */
export async function signUpInvitee(data: InviteeSignUpInput, now: Date, origin?: { ip: string }): Promise<CreatedAccount> {
  if (origin) await assertUnderLimit(SIGN_UPS, origin.ip, "Too many accounts were created from your network. Try again in {minutes}.");
  const invitation = await usableInvitation(data.token, now);
  if (invitation.email !== data.email) {
    throw new AppError("VALIDATION_FAILED", "This invitation is for a different email address.", {
      fields: { email: ["Use the address the invitation was sent to."] },
    });
  }
  const passwordProblem = await newPasswordProblem(data.password, [data.email, data.name, invitation.companyName]);
  if (passwordProblem) throw new AppError("VALIDATION_FAILED", "Choose a stronger password.", { fields: { password: [passwordProblem] } });
  const passwordHash = await hashPassword(data.password);
  try {
    const account = await db.$transaction(async (tx) => {
      // The link came to this address, so following it confirms the address: no separate verification email.
      const user = await tx.user.create({
        data: { email: data.email, name: data.name, passwordHash, role: "CLIENT", emailVerifiedAt: now },
        select: { id: true, email: true },
      });
      await recordAudit(tx, {
        actorId: user.id,
        companyId: invitation.companyId,
        action: "account.created",
        targetType: "User",
        targetId: user.id,
        data: { role: "CLIENT" },
      });
      await joinCompany(tx, invitation, user.id, now);
      return { id: user.id, email: user.email, role: "CLIENT" as const };
    });
    if (origin) await recordHit(SIGN_UPS, origin.ip);
    return account;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "An account with this email already exists. Sign in to accept the invitation.", {
        fields: { email: ["An account with this email already exists."] },
      });
    }
    throw error;
  }
}
