import type { SessionUser } from "@/lib/auth/session";
import { logger } from "@/lib/logger";
import { countUnreadMessages } from "./count-unread";
import { type ChatSubscriber, chatEventHub } from "./event-hub";
import { replayMessages } from "./replay-messages";
import type { ChatEvent, ChatMessage } from "./schemas";

// One user's Server-Sent Events: first whatever was committed after `after` (the Last-Event-ID of a
// reconnect), then live events. Live events that arrive during the replay wait their turn, and a
// message is sent at most once per stream because each one carries its seq and seqs only go up.

export const HEARTBEAT_MS = 15_000;
const RETRY_MS = 2_000;

type Options = { user: SessionUser; after: number; conversationId?: string; signal: AbortSignal };

export function openChatEventStream({ user, after, conversationId, signal }: Options) {
  const encoder = new TextEncoder();
  let lastSeq = after;
  let isReplaying = true;
  let isClosed = false;
  const held: (() => void)[] = [];
  let cleanup = () => {};

  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const write = (text: string) => {
        if (!isClosed) controller.enqueue(encoder.encode(text));
      };
      const send = (event: ChatEvent, id?: number) => write(`${id === undefined ? "" : `id: ${id}\n`}event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
      const sendMessage = (message: ChatMessage) => {
        if (message.seq <= lastSeq || (conversationId && message.conversationId !== conversationId)) return;
        lastSeq = message.seq;
        send({ type: "message", message }, message.seq);
      };
      const whenLive = (deliver: () => void) => (isReplaying ? held.push(deliver) : deliver());

      const catchUp = async () => {
        isReplaying = true;
        try {
          const replay = await replayMessages({ user, after: lastSeq, conversationId });
          replay.messages.forEach(sendMessage);
          if (replay.isTruncated) send({ type: "reset", reason: "More was missed than a stream replays; reload the conversation." });
          send({ type: "unread", totalUnread: await countUnreadMessages(user.id) });
        } finally {
          isReplaying = false;
          for (const deliver of held.splice(0)) deliver();
        }
      };

      const subscriber: ChatSubscriber = {
        userId: user.id,
        onMessage: (message, unread) =>
          whenLive(() => {
            sendMessage(message);
            if (unread !== undefined) send({ type: "unread", totalUnread: unread });
          }),
        onRead: (event, unread) =>
          whenLive(() => {
            if (conversationId && event.conversationId !== conversationId) return;
            send({ type: "read", ...event });
            if (unread !== undefined) send({ type: "unread", totalUnread: unread });
          }),
        onResync: () => void catchUp().catch((error) => logger.error({ err: error }, "chat stream could not resync")),
      };

      const heartbeat = setInterval(() => write(": heartbeat\n\n"), HEARTBEAT_MS);
      let unsubscribe = () => {};
      cleanup = () => {
        if (isClosed) return;
        isClosed = true;
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // Already closed by the runtime when the client went away.
        }
      };
      signal.addEventListener("abort", cleanup, { once: true });

      write(`retry: ${RETRY_MS}\n: connected\n\n`);
      const stopListening = await chatEventHub().subscribe(subscriber);
      if (isClosed) return stopListening();
      unsubscribe = stopListening;
      await catchUp();
    },
    cancel() {
      cleanup();
    },
  });
}
