import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/generated/prisma/client";
import { hashPassword } from "./password";
import { signUpSchema, type SignUpInput } from "./schemas";
import { fieldErrorsOf } from "@/lib/api/respond";

export type CreatedAccount = { id: string; email: string; role: "CLIENT" | "EXPERT" };

/**
 * A company member's sign-up creates the company with them as its owner; an expert's creates
 * their application in APPLIED. One transaction: no user without its company or application.
 */
export async function signUp(input: unknown): Promise<CreatedAccount> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("VALIDATION_FAILED", "Some fields need your attention.", { fields: fieldErrorsOf(parsed.error) });
  }
  const data: SignUpInput = parsed.data;
  const passwordHash = await hashPassword(data.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: data.email, name: data.name, passwordHash, role: data.accountType },
        select: { id: true, email: true },
      });
      if (data.accountType === "CLIENT") {
        await tx.company.create({
          data: { name: data.companyName, members: { create: { userId: user.id, role: "OWNER" } } },
        });
      } else {
        await tx.expertProfile.create({ data: { userId: user.id, vettingStatus: "APPLIED" } });
      }
      await tx.auditLog.create({
        data: { actorId: user.id, action: "account.created", targetType: "User", targetId: user.id, data: { role: data.accountType } },
      });
      return { id: user.id, email: user.email, role: data.accountType };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "An account with this email already exists. Sign in instead.", {
        fields: { email: ["An account with this email already exists."] },
      });
    }
    throw error;
  }
}
