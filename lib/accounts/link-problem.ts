import type { AccountTokenPurpose } from "@/generated/prisma/enums";
import { TOKEN_PROBLEMS } from "@/lib/account-links/account-tokens";
import { now } from "@/lib/clock";
import { isAppError } from "@/lib/errors";
import { checkLink } from "./check-link";

/** For the pages emailed links open: why the link in the address does not work, or null when it does. */
export async function linkProblem(token: unknown, purpose: AccountTokenPurpose, origin: { ip: string }): Promise<string | null> {
  try {
    const check = await checkLink(typeof token === "string" ? token : "", purpose, origin, now());
    return check.ok ? null : TOKEN_PROBLEMS[check.problem];
  } catch (error) {
    if (isAppError(error)) return error.message;
    throw error;
  }
}
