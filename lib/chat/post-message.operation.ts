import { defineOperation } from "@/lib/api/operation";
import { json } from "@/lib/api/respond";
import { now } from "@/lib/clock";
import { postMessage } from "./post-message";
import { conversationPathSchema, postedMessageSchema, postMessageSchema } from "./schemas";

export const postMessageOperation = defineOperation({
  method: "POST",
  path: "/api/v1/conversations/{id}/messages",
  summary: "Send a message (text, uploaded files, or both); a retry with the same clientMessageId returns the stored message (200) instead of a second one",
  tag: "Messages",
  access: "user",
  input: { params: conversationPathSchema, body: postMessageSchema },
  output: { status: 201, description: "The message was stored and announced.", schema: postedMessageSchema },
  errors: [400, 401, 404, 409, 415, 422, 429],
  handler: async ({ user, params, body, requestId }) => {
    const posted = await postMessage({ user, conversationId: params.id, input: body, now: now() });
    // A declaration has one success status: the retry's 200 is answered here, and so not output-checked.
    return posted.isDuplicate ? json(posted, requestId, { status: 200 }) : posted;
  },
});
