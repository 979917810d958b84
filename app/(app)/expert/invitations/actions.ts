"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { AppError, type FieldErrors, fieldErrorsOf, isAppError } from "@/lib/errors";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { declineInvitation } from "@/lib/invitations/decline-invitation";
import { acceptInvitationSchema, declineInvitationSchema } from "@/lib/invitations/schemas";
import { logger } from "@/lib/logger";

export type AnswerResult = { ok: true; status: "ACCEPTED" | "DECLINED" } | { ok: false; message: string; fields: FieldErrors; isConflict: boolean };

const UNAVAILABLE = "We could not save your answer just now. Try again in a minute.";

export async function acceptInvitationAction(matchId: string, input: unknown): Promise<AnswerResult> {
  return answer(async () => {
    const user = await requireUser(["EXPERT"]);
    return acceptInvitation({ user, matchId: String(matchId), input: parseAnswer(acceptInvitationSchema, input) });
  });
}

export async function declineInvitationAction(matchId: string, input: unknown): Promise<AnswerResult> {
  return answer(async () => {
    const user = await requireUser(["EXPERT"]);
    return declineInvitation({ user, matchId: String(matchId), input: parseAnswer(declineInvitationSchema, input) });
  });
}

/** The form's answer, checked with the API's own schema; the messages are the ones shown next to the form's fields. */
function parseAnswer<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION_FAILED", "Some fields need your attention.", { fields: fieldErrorsOf(parsed.error) });
  return parsed.data;
}

/** Only AppError messages reach the browser; anything else is logged and answered in general words. */
async function answer(respond: () => Promise<{ status: "ACCEPTED" | "DECLINED" }>): Promise<AnswerResult> {
  try {
    const { status } = await respond();
    revalidatePath("/expert/invitations");
    revalidatePath("/expert");
    return { ok: true, status };
  } catch (error) {
    if (isAppError(error)) {
      return { ok: false, message: error.message, fields: error.fields ?? {}, isConflict: error.code === "CONFLICT" };
    }
    logger.error({ err: error }, "answering an invitation failed unexpectedly");
    return { ok: false, message: UNAVAILABLE, fields: {}, isConflict: false };
  }
}
