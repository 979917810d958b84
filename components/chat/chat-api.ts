import type { z } from "zod";
import { errorBodySchema } from "@/lib/api/schemas";
import {
  conversationListSchema,
  messagePageSchema,
  postedMessageSchema,
  readStateSchema,
  type ChatMessage,
} from "@/lib/chat/schemas";

// The browser's side of /api/v1/conversations. Responses are parsed with the shared schemas; a reply
// that does not match is treated like no reply.

const JSON_HEADERS = { "content-type": "application/json" };

const conversationPath = (conversationId: string) => `/api/v1/conversations/${encodeURIComponent(conversationId)}`;

async function readJson<S extends z.ZodType>(response: Response, schema: S): Promise<z.infer<S> | null> {
  const parsed = schema.safeParse(await response.json().catch(() => null));
  return parsed.success ? parsed.data : null;
}

async function getJson<S extends z.ZodType>(url: string, schema: S): Promise<z.infer<S> | null> {
  const response = await fetch(url, { cache: "no-store" }).catch(() => null);
  return response?.ok ? readJson(response, schema) : null;
}

/** The newest page of conversations, or the one a `nextCursor` points at. */
export const fetchConversationList = (cursor?: string) =>
  getJson(`/api/v1/conversations${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ""}`, conversationListSchema);

/** The newest page of a thread, or the one before seq `before` when loading earlier messages. */
export function fetchMessagePage(conversationId: string, before?: number) {
  const query = before === undefined ? "" : `?before=${before}`;
  return getJson(`${conversationPath(conversationId)}/messages${query}`, messagePageSchema);
}

export async function postReadMark(conversationId: string, upToSeq: number) {
  const response = await fetch(`${conversationPath(conversationId)}/read`, {
    method: "POST",
    headers: JSON_HEADERS,
    body: JSON.stringify({ upToSeq }),
  }).catch(() => null);
  return response?.ok ? readJson(response, readStateSchema) : null;
}

/**
 * "unreachable": no answer, a server failure or an unreadable reply; the same clientMessageId may be
 * sent again safely. "rejected": the server refused this message (too long, too fast…) and says why.
 */
export type PostMessageResult =
  | { kind: "posted"; message: ChatMessage }
  | { kind: "rejected"; message: string; bodyError?: string }
  | { kind: "unreachable" };

export async function postChatMessage(conversationId: string, input: { clientMessageId: string; body: string }): Promise<PostMessageResult> {
  const response = await fetch(`${conversationPath(conversationId)}/messages`, {
    method: "POST",
    headers: JSON_HEADERS,
    body: JSON.stringify(input),
  }).catch(() => null);
  if (!response || response.status >= 500) return { kind: "unreachable" };
  if (response.ok) {
    const posted = await readJson(response, postedMessageSchema);
    return posted ? { kind: "posted", message: posted.message } : { kind: "unreachable" };
  }
  const problem = await readJson(response, errorBodySchema);
  if (!problem) return { kind: "rejected", message: "Vetted did not accept this message. Try again in a moment." };
  return { kind: "rejected", message: problem.error.message, bodyError: problem.error.fields?.body?.[0] };
}
