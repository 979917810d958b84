import { errorBodySchema } from "@/lib/api/schemas";

export type PostResult = { ok: true; body: unknown } | { ok: false; message: string };

/** POSTs JSON to our API from the browser: the answer's body, or the message to show a person. */
export async function postJson(path: string, body: unknown, fallback: string): Promise<PostResult> {
  const response = await fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).catch(() => null);
  if (!response) return { ok: false, message: "We could not reach Vetted. Check your connection and try again." };
  const answer: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, body: answer };
  const error = errorBodySchema.safeParse(answer);
  return { ok: false, message: error.success ? error.data.error.message : fallback };
}
