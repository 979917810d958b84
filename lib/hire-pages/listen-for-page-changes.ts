import { Client } from "pg";
import { logger } from "@/lib/logger";
import { HIRE_PAGES_CHANNEL, parseChangePayload } from "./page-changes";

// One LISTEN connection per app instance, kept open for the life of the process: on a lost connection
// it reconnects (1 s, then doubling up to 30 s), and says so, since announcements made meanwhile were missed.

const RECONNECT_DELAY_MS = 1_000;
const MAX_RECONNECT_DELAY_MS = 30_000;

type ListenOptions = {
  connectionString: string;
  onPaths(paths: string[]): void;
  /** After a lost connection was replaced: whatever was announced in between never arrived. */
  onReconnected(): void;
};

export type PageChangeListener = { stop(): Promise<void> };

export function listenForPageChanges({ connectionString, onPaths, onReconnected }: ListenOptions): PageChangeListener {
  /** The connection that is listening; null while (re)connecting or once stopped. */
  let client: Client | null = null;
  let isStopped = false;
  let retry: NodeJS.Timeout | undefined;

  async function open() {
    // LISTEN belongs to a session: through a transaction pooler it would be lost with the server connection.
    const connecting = new Client({ connectionString, application_name: "vetted-hire-pages-listener" });
    connecting.on("notification", (message) => {
      if (message.channel !== HIRE_PAGES_CHANNEL || !message.payload) return;
      const paths = parseChangePayload(message.payload);
      if (paths) onPaths(paths);
      else logger.warn("ignored a malformed hiring pages notification");
    });
    connecting.on("error", (error) => lose(connecting, error));
    connecting.on("end", () => lose(connecting, new Error("LISTEN connection ended")));
    try {
      await connecting.connect();
      await connecting.query(`LISTEN ${HIRE_PAGES_CHANNEL}`);
    } catch (error) {
      void close(connecting);
      throw error;
    }
    if (isStopped) void close(connecting);
    else client = connecting;
  }

  function lose(lost: Client, error: Error) {
    if (client !== lost) return; // still connecting (open() reports it), or replaced or stopped already
    client = null;
    void close(lost);
    logger.warn({ err: error }, "hiring pages listener lost its connection; reconnecting");
    connectLater(RECONNECT_DELAY_MS);
  }

  function connectLater(delayMs: number) {
    retry = setTimeout(() => {
      if (isStopped) return;
      open()
        .then(() => {
          if (!isStopped) onReconnected();
        })
        .catch((error) => {
          if (isStopped) return;
          logger.error({ err: error }, "hiring pages listener could not reconnect; retrying");
          connectLater(Math.min(delayMs * 2, MAX_RECONNECT_DELAY_MS));
        });
    }, delayMs);
    retry.unref();
  }

  open().catch((error) => {
    if (isStopped) return;
    logger.error({ err: error }, "hiring pages listener could not connect; retrying");
    connectLater(RECONNECT_DELAY_MS);
  });

  return {
    async stop() {
      isStopped = true;
      clearTimeout(retry);
      const listening = client;
      client = null;
      if (listening) await close(listening);
    },
  };
}

/** Ends a connection that is no longer wanted; whatever it still reports is beside the point. */
function close(connection: Client): Promise<void> {
  connection.removeAllListeners();
  connection.on("error", () => undefined);
  return connection.end().catch(() => undefined);
}
