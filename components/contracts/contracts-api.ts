import { z } from "zod";
import { errorBodySchema } from "@/lib/api/schemas";
import type { FieldErrors } from "@/lib/errors";

// The browser's side of the contract, milestone and payout endpoints. Every refusal arrives as
// { error: { code, message, fields? } }; anything unreadable is answered in general words.

export type ApiResult = { ok: true; data: unknown } | { ok: false; status: number; message: string; fields: FieldErrors };

const UNREACHABLE = "We could not reach Vetted. Check your connection and try again.";
const UNEXPECTED = "Something went wrong on our side. Try again in a minute.";

async function readProblem(response: Response): Promise<ApiResult> {
  const problem = errorBodySchema.safeParse(await response.json().catch(() => null));
  if (!problem.success) return { ok: false, status: response.status, message: UNEXPECTED, fields: {} };
  return { ok: false, status: response.status, message: problem.data.error.message, fields: problem.data.error.fields ?? {} };
}

async function send(path: string, init: RequestInit): Promise<ApiResult> {
  const response = await fetch(path, { cache: "no-store", ...init }).catch(() => null);
  if (!response) return { ok: false, status: 0, message: UNREACHABLE, fields: {} };
  if (!response.ok) return readProblem(response);
  return { ok: true, data: await response.json().catch(() => null) };
}

export const postJson = (path: string, body: unknown = {}) =>
  send(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

export const getJson = (path: string) => send(path, { method: "GET" });


/** Stripe's pages: funding a milestone answers with its payment page, payout onboarding with its setup page. */
export const onboardingLinkSchema = z.object({ url: z.url() });
