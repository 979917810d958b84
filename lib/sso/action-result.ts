import { type FieldErrors, isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";

export type SsoActionResult = { ok: true } | { ok: false; message: string; fields: FieldErrors };

const UNAVAILABLE = "We could not save this just now. Try again in a minute.";

/** For the settings actions: only AppError messages reach the browser; anything else is logged. */
export async function answerSsoAction(what: string, run: () => Promise<unknown>): Promise<SsoActionResult> {
  try {
    await run();
    return { ok: true };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message, fields: error.fields ?? {} };
    logger.error({ err: error }, `${what} failed unexpectedly`);
    return { ok: false, message: UNAVAILABLE, fields: {} };
  }
}
