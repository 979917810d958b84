import { errorBodySchema } from "@/lib/api/schemas";
import type { FieldErrors } from "@/lib/errors";

// The browser's side of /api/v1/application and /api/v1/profile. Every refusal arrives as
// { error: { code, message, fields? } }; anything unreadable is answered in general words.

type SendResult = { ok: true; data: unknown } | { ok: false; status: number; message: string; fields: FieldErrors };

const UNREACHABLE = "We could not reach Vetted. Check your connection and try again.";
const UNEXPECTED = "Something went wrong on our side. Try again in a minute.";

export async function sendJson(method: "PUT" | "POST" | "PATCH", path: string, body: unknown = {}): Promise<SendResult> {
  const response = await fetch(path, {
    method,
    cache: "no-store",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  }).catch(() => null);
  if (!response) return { ok: false, status: 0, message: UNREACHABLE, fields: {} };
  if (response.ok) return { ok: true, data: await response.json().catch(() => null) };
  const problem = errorBodySchema.safeParse(await response.json().catch(() => null));
  if (!problem.success) return { ok: false, status: response.status, message: UNEXPECTED, fields: {} };
  return { ok: false, status: response.status, message: problem.data.error.message, fields: problem.data.error.fields ?? {} };
}

export const APPLICATION_PATHS = {
  steps: "/api/v1/application/steps",
  submit: "/api/v1/application/submit",
  reapply: "/api/v1/application/reapply",
  profile: "/api/v1/profile",
} as const;
