"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { AppError, fieldErrorsOf, isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { handPickExpert } from "@/lib/matching/hand-pick-expert";
import { handPickSchema } from "@/lib/matching/schemas";

export type HandPickResult = { ok: true } | { ok: false; message: string };

export async function handPickAction(requestId: string, input: unknown): Promise<HandPickResult> {
  try {
    const user = await requireUser(["ADMIN"]);
    const parsed = handPickSchema.safeParse(input);
    if (!parsed.success) throw new AppError("VALIDATION_FAILED", firstMessage(fieldErrorsOf(parsed.error)));
    await handPickExpert({ user, requestId: String(requestId), input: parsed.data, now: now() });
    revalidatePath("/admin/sla");
    return { ok: true };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.fields ? firstMessage(error.fields, error.message) : error.message };
    logger.error({ err: error }, "hand-pick failed unexpectedly");
    return { ok: false, message: "We could not hand-pick this expert just now. Try again in a minute." };
  }
}

function firstMessage(fields: Record<string, string[]>, fallback = "Check the note and the expert.") {
  return Object.values(fields).flat()[0] ?? fallback;
}
