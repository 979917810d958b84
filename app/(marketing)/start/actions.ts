"use server";

import { cookies, headers } from "next/headers";
import { parseInput } from "@/lib/api/parse-input";
import { clientIp } from "@/lib/client-ip";
import { now } from "@/lib/clock";
import { env } from "@/lib/env";
import { type FieldErrors, isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { GUEST_DRAFT_COOKIE, guestDraftCookieOptions, signGuestDraftToken, verifyGuestDraftToken } from "@/lib/request-drafts/guest-draft-token";
import { saveGuestDraft } from "@/lib/request-drafts/save-guest-draft";
import { guestDraftInputSchema } from "@/lib/request-drafts/schemas";

export type SaveGuestDraftResult = { ok: true } | { ok: false; message: string; fields: FieldErrors };

/**
 * Saves the request a visitor started on /start, before they have an account: the fields go to the
 * server, the browser keeps a signed token naming them (a cookie scripts cannot read). Saving again
 * updates the same draft. Only AppError messages reach the browser.
 */
export async function saveGuestDraftAction(fields: unknown): Promise<SaveGuestDraftResult> {
  try {
    const input = parseInput(guestDraftInputSchema, fields, "The request");
    const cookieStore = await cookies();
    const secret = env().NEXTAUTH_SECRET;
    const at = now();
    const draftId = await verifyGuestDraftToken(cookieStore.get(GUEST_DRAFT_COOKIE)?.value, secret, at);
    const saved = await saveGuestDraft({ draftId, fields: input, ip: clientIp(await headers()), now: at });
    cookieStore.set(GUEST_DRAFT_COOKIE, await signGuestDraftToken(saved, secret), guestDraftCookieOptions(saved.expiresAt));
    return { ok: true };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message, fields: error.fields ?? {} };
    logger.error({ err: error }, "saving a guest request draft failed unexpectedly");
    return { ok: false, message: "We could not save this just now. Try again in a minute.", fields: {} };
  }
}
