import { now as clockNow } from "@/lib/clock";
import { assertUnderLimit, type Limit, recordHit } from "@/lib/rate-limit";

// Wrong codes and passwords on the security settings (confirm, new recovery codes, turn off), per
// user: someone holding a signed-in session cannot guess codes there either. Sign-in codes count
// toward the sign-in lockout instead (lib/auth/sign-in-throttle.ts).

export const TWO_FACTOR_FAILURES: Limit = { bucket: "two-factor-failure", max: 5, windowMs: 15 * 60_000 };

const TOO_MANY = "Too many wrong codes or passwords. Try again in {minutes}.";

export const assertCodeAttemptsAllowed = (userId: string, now = clockNow()) => assertUnderLimit(TWO_FACTOR_FAILURES, userId, TOO_MANY, now);

export async function recordCodeFailure(userId: string) {
  await recordHit(TWO_FACTOR_FAILURES, userId);
}
