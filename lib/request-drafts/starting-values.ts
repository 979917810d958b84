import { now as clockNow } from "@/lib/clock";
import type { DraftChanges } from "@/lib/requests/api-schemas";
import { hasPrefill, type QueryParams } from "@/lib/requests/prefill";
import { resolvePrefill } from "@/lib/requests/resolve-prefill";
import { guestDraftIdFromCookie } from "./guest-draft-cookie";
import { readGuestDraft } from "./read-guest-draft";

/**
 * What /start shows a visitor: a link's pre-fill when it has one (a new intent), else the draft this
 * browser saved earlier and has not used yet, else nothing.
 */
export async function startingFields(params: QueryParams, now = clockNow()): Promise<{ fields: DraftChanges; skillNames: Record<string, string> }> {
  if (hasPrefill(params)) return resolvePrefill(params);
  const draftId = await guestDraftIdFromCookie(now);
  const saved = draftId ? await readGuestDraft({ draftId, now }) : null;
  return saved?.ok ? { fields: saved.fields, skillNames: saved.skillNames } : { fields: {}, skillNames: {} };
}
