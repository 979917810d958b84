"use server";

import { cookies, headers } from "next/headers";
import { currentUser } from "@/lib/auth/session";
import { clientIp } from "@/lib/client-ip";
import { env } from "@/lib/env";
import { type FieldErrors, fieldErrorsOf, isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { sessionCookieFor } from "@/lib/sessions/session-cookie";
import { finishSsoSignUp } from "@/lib/sso/finish-sso-sign-up";
import { openPendingSignUp, PENDING_SIGN_UP_COOKIE } from "@/lib/sso/pending-sign-up";
import { finishSsoSignUpSchema } from "@/lib/sso/schemas";

export type FinishSignUpResult = { ok: true } | { ok: false; message: string; fields: FieldErrors };

const EXPIRED = "Your sign-up expired. Start again with your provider to finish it.";
const UNAVAILABLE = "We could not create your account just now. Try again in a minute.";

/** Creates the account a provider sign-in started (the identity is in the pending sign-up cookie) and signs in. */
export async function finishSignUp(input: unknown): Promise<FinishSignUpResult> {
  const parsed = finishSsoSignUpSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "Some fields need your attention.", fields: fieldErrorsOf(parsed.error) };
  if (await currentUser()) return { ok: false, message: "You are signed in already. Sign out first to create another account.", fields: {} };
  const cookieStore = await cookies();
  const identity = await openPendingSignUp(cookieStore.get(PENDING_SIGN_UP_COOKIE)?.value, env().NEXTAUTH_SECRET);
  if (!identity) return { ok: false, message: EXPIRED, fields: {} };
  try {
    const account = await finishSsoSignUp(identity, parsed.data, { ip: clientIp(await headers()) });
    const session = await sessionCookieFor({ ...account, sessionVersion: 0, signInMethod: identity.provider });
    cookieStore.set(session.name, session.value, session.options);
    cookieStore.delete(PENDING_SIGN_UP_COOKIE);
    return { ok: true };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message, fields: error.fields ?? {} };
    logger.error({ err: error }, "finishing a single sign-on sign-up failed unexpectedly");
    return { ok: false, message: UNAVAILABLE, fields: {} };
  }
}
