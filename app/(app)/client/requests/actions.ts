"use server";

import { revalidatePath } from "next/cache";
import { idempotencyKeySchema } from "@/lib/api/idempotency-key";
import { parseInput } from "@/lib/api/parse-input";
import { requireUser, type SessionUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { AppError, type FieldErrors, isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { createRequestBodySchema, draftUpdateSchema, requestPathSchema } from "@/lib/requests/api-schemas";
import { briefFilesOf } from "@/lib/requests/brief-files";
import { cancelRequest } from "@/lib/requests/cancel-request";
import { createRequest } from "@/lib/requests/create-request";
import { submitRequest } from "@/lib/requests/submit-request";
import { updateDraft } from "@/lib/requests/update-draft";

export type ActionResult<T> = ({ ok: true } & T) | { ok: false; message: string; fields: FieldErrors };

const requestIdSchema = requestPathSchema.shape.id;

const UNAVAILABLE = "We could not save this just now. Try again in a minute.";

/** Only AppError messages reach the browser; anything else is logged and answered with a generic message. */
async function answer<T>(what: string, run: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, ...(await run()) };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message, fields: error.fields ?? {} };
    logger.error({ err: error }, `${what} failed unexpectedly`);
    return { ok: false, message: UNAVAILABLE, fields: {} };
  }
}

/**
 * The wizard saves a step's fields as it moves on: the first save creates the draft. `draftKey` is
 * made once per wizard, so a first save sent twice still creates one draft.
 */
export async function saveDraftAction(requestId: unknown, fields: unknown, draftKey?: unknown) {
  return answer("saving a request draft", async () => {
    const user = await requireUser(["CLIENT"]);
    const saved = requestId ? await updateExisting(user, requestId, fields) : await createNew(user, fields, draftKey);
    // The brief's files as stored now, so the wizard shows what the draft really holds.
    return { id: saved.id, status: saved.status, files: await briefFilesOf(saved.id) };
  });
}

function updateExisting(user: SessionUser, requestId: unknown, fields: unknown) {
  return updateDraft({
    user,
    requestId: parseInput(requestIdSchema, requestId, "The request id"),
    input: parseInput(draftUpdateSchema, fields, "The draft"),
    now: now(),
  });
}

function createNew(user: SessionUser, fields: unknown, draftKey: unknown) {
  const key = idempotencyKeySchema.optional().safeParse(draftKey);
  if (!key.success) throw new AppError("BAD_REQUEST", "This form's draft key is not valid. Reload the page and try again.");
  return createRequest({ user, input: parseInput(createRequestBodySchema, fields, "The request"), now: now(), idempotencyKey: key.data });
}

export async function submitDraftAction(requestId: unknown) {
  return answer("submitting a request", async () => {
    const user = await requireUser(["CLIENT"]);
    const submitted = await submitRequest({ user, requestId: parseInput(requestIdSchema, requestId, "The request id"), now: now() });
    revalidatePath("/client/requests");
    return submitted;
  });
}

export async function cancelRequestAction(requestId: unknown) {
  return answer("cancelling a request", async () => {
    const user = await requireUser(["CLIENT"]);
    const cancelled = await cancelRequest({ user, requestId: parseInput(requestIdSchema, requestId, "The request id"), now: now() });
    revalidatePath(`/client/requests/${requestId}`);
    revalidatePath("/client/requests");
    return cancelled;
  });
}
