"use server";

import { headers } from "next/headers";
import { signUp } from "@/lib/auth/sign-up";
import { clientIp } from "@/lib/client-ip";
import { signUpSchema } from "@/lib/credentials/schemas";
import { type FieldErrors, fieldErrorsOf, isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";

export type CreateAccountResult = { ok: true } | { ok: false; message: string; fields: FieldErrors };

const UNAVAILABLE = "We could not create your account just now. Try again in a minute.";

/** Creates the account; the form signs in afterwards. Only AppError messages reach the browser. */
export async function createAccount(input: unknown): Promise<CreateAccountResult> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "Some fields need your attention.", fields: fieldErrorsOf(parsed.error) };
  try {
    await signUp(parsed.data, { ip: clientIp(await headers()) });
    return { ok: true };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message, fields: error.fields ?? {} };
    logger.error({ err: error }, "sign-up failed unexpectedly");
    return { ok: false, message: UNAVAILABLE, fields: {} };
  }
}
