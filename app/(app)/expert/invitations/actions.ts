"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { isAppError, type FieldErrors } from "@/lib/errors";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { declineInvitation } from "@/lib/invitations/decline-invitation";
import { logger } from "@/lib/logger";

export type AnswerResult =
  | { ok: true; status: "ACCEPTED" | "DECLINED" }
  | { ok: false; message: string; fields: FieldErrors; isConflict: boolean };

const UNAVAILABLE = "We could not save your answer just now. Try again in a minute.";

export async function acceptInvitationAction(matchId: string, input: unknown): Promise<AnswerResult> {
  return answer(async () => acceptInvitation({ user: await requireUser(["EXPERT"]), matchId: String(matchId), input }));
}

export async function declineInvitationAction(matchId: string, input: unknown): Promise<AnswerResult> {
  return answer(async () => declineInvitation({ user: await requireUser(["EXPERT"]), matchId: String(matchId), input }));
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
