import { Client } from "pg";
import { z } from "zod";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { CHAT_CHANNEL, type ChatNotification } from "./events";
import { findMessageBySeq } from "./replay-messages";
import type { ChatMessage } from "./schemas";

// Each app instance keeps one LISTEN connection and forwards announcements to its own open streams.
// The subscriber list is per instance by nature (it holds this instance's sockets); nothing in it is
// needed by another instance, which has its own connection and its own subscribers.

export type ChatSubscriber = {
  userId: string;
  onMessage(message: ChatMessage, unread: number | undefined): void;
  onRead(event: { conversationId: string; userId: string; lastReadSeq: number }, unread: number | undefined): void;
  /** After the LISTEN connection was lost: fetch whatever was committed meanwhile. */
  onResync(): void;
};

const notificationSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("message"),
    seq: z.number(),
    conversationId: z.string(),
    recipientIds: z.array(z.string()),
    unread: z.record(z.string(), z.number()),
  }),
  z.object({
    type: z.literal("read"),
    conversationId: z.string(),
    userId: z.string(),
    lastReadSeq: z.number(),
    recipientIds: z.array(z.string()),
    unread: z.record(z.string(), z.number()),
  }),
]);

const RECONNECT_DELAY_MS = 1_000;

class ChatEventHub {
  private readonly subscribers = new Map<string, Set<ChatSubscriber>>();
  private connection: Promise<Client> | null = null;
  private delivery: Promise<void> = Promise.resolve();

  async subscribe(subscriber: ChatSubscriber) {
    const forUser = this.subscribers.get(subscriber.userId) ?? new Set();
    forUser.add(subscriber);
    this.subscribers.set(subscriber.userId, forUser);
    await this.connect();
    return () => {
      forUser.delete(subscriber);
      if (!forUser.size) this.subscribers.delete(subscriber.userId);
    };
  }

  get subscriberCount() {
    let count = 0;
    for (const set of this.subscribers.values()) count += set.size;
    return count;
  }

  private connect() {
    this.connection ??= this.open().catch((error) => {
      this.connection = null;
      throw error;
    });
    return this.connection;
  }

  private async open() {
    // LISTEN belongs to a session: through a transaction pooler it would be lost with the server connection.
    const client = new Client({ connectionString: env().directDatabaseUrl, application_name: "vetted-chat-listener" });
    client.on("notification", (message) => {
      if (message.channel === CHAT_CHANNEL && message.payload) this.onNotification(message.payload);
    });
    client.on("error", (error) => this.reconnect(client, error));
    client.on("end", () => this.reconnect(client, new Error("LISTEN connection ended")));
    await client.connect();
    await client.query(`LISTEN ${CHAT_CHANNEL}`);
    return client;
  }

  private reconnect(client: Client, error: Error) {
    if (!this.connection) return;
    logger.warn({ err: error }, "chat listener lost its connection; reconnecting");
    this.connection = null;
    client.removeAllListeners();
    client.on("error", () => undefined); // the dying connection may still report; it is replaced already
    client.end().catch(() => undefined);
    this.scheduleReconnect(RECONNECT_DELAY_MS);
  }

  private scheduleReconnect(delayMs: number) {
    setTimeout(() => {
      if (!this.subscriberCount) return;
      this.connect()
        .then(() => this.everySubscriber((subscriber) => subscriber.onResync()))
        .catch((error) => {
          logger.error({ err: error }, "chat listener could not reconnect; retrying");
          this.scheduleReconnect(Math.min(delayMs * 2, 30_000));
        });
    }, delayMs);
  }

  private everySubscriber(visit: (subscriber: ChatSubscriber) => void) {
    for (const set of this.subscribers.values()) for (const subscriber of set) visit(subscriber);
  }

  /**
   * Messages are loaded concurrently but delivered strictly in arrival (= commit = seq) order: a
   * stream drops any seq at or below the last it sent, so a later message overtaking an earlier one
   * would make the earlier one vanish.
   */
  private onNotification(payload: string) {
    const resyncAfter = (error: unknown) => {
      logger.error({ err: error }, "could not deliver a chat notification; streams will resync");
      this.everySubscriber((subscriber) => subscriber.onResync());
      return null;
    };
    const prepared = this.prepare(payload).catch(resyncAfter);
    this.delivery = this.delivery.then(async () => (await prepared)?.()).catch((error) => void resyncAfter(error));
  }

  private async prepare(payload: string): Promise<(() => void) | null> {
    const parsed = notificationSchema.safeParse(JSON.parse(payload));
    if (!parsed.success) {
      logger.warn({ payload }, "ignored a malformed chat notification");
      return null;
    }
    const notification: ChatNotification = parsed.data;
    const local = notification.recipientIds.filter((userId) => this.subscribers.has(userId));
    if (!local.length) return null;
    const subscribersOf = (userId: string) => this.subscribers.get(userId) ?? [];
    if (notification.type === "read") {
      const { conversationId, userId, lastReadSeq } = notification;
      return () => {
        for (const recipient of local)
          for (const subscriber of subscribersOf(recipient)) subscriber.onRead({ conversationId, userId, lastReadSeq }, notification.unread[recipient]);
      };
    }
    const message = await findMessageBySeq(notification.seq);
    if (!message) return null;
    return () => {
      for (const recipient of local) for (const subscriber of subscribersOf(recipient)) subscriber.onMessage(message, notification.unread[recipient]);
    };
  }
}

const globalForHub = globalThis as unknown as { vettedChatHub?: ChatEventHub };

export function chatEventHub() {
  globalForHub.vettedChatHub ??= new ChatEventHub();
  return globalForHub.vettedChatHub;
}
