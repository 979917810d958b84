// Reads Server-Sent Events from a byte stream (a fetch body or our own ReadableStream) for tests and benchmarks.

export type SseEvent = { id?: string; event: string; data: string };

export class SseReader {
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private readonly decoder = new TextDecoder();
  private buffer = "";
  private readonly queue: SseEvent[] = [];

  constructor(stream: ReadableStream<Uint8Array>) {
    this.reader = stream.getReader();
  }

  /** The next event whose name is in `names` (others stay queued for later calls), or an error after `timeoutMs`. */
  async next(names: string[] = ["message"], timeoutMs = 5_000): Promise<SseEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.queue.findIndex((event) => names.includes(event.event));
      if (index >= 0) return this.queue.splice(index, 1)[0];
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no ${names.join("/")} event within ${timeoutMs} ms`);
      const chunk = await Promise.race([this.reader.read(), new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), left))]);
      if (chunk === "timeout") continue;
      if (chunk.done) throw new Error("the stream ended");
      this.push(this.decoder.decode(chunk.value, { stream: true }));
    }
  }

  /** Every event of these names that arrives within `ms`. */
  async collect(names: string[], ms: number) {
    const events: SseEvent[] = [];
    const until = Date.now() + ms;
    for (;;) {
      const left = until - Date.now();
      if (left <= 0) return events;
      try {
        events.push(await this.next(names, left));
      } catch (error) {
        if (error instanceof Error && error.message.startsWith("no ")) return events;
        throw error;
      }
    }
  }

  async close() {
    await this.reader.cancel().catch(() => undefined);
  }

  private push(text: string) {
    this.buffer += text;
    let end: number;
    while ((end = this.buffer.indexOf("\n\n")) >= 0) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      const event: SseEvent = { event: "message", data: "" };
      const data: string[] = [];
      for (const line of block.split("\n")) {
        if (line.startsWith(":")) continue;
        const colon = line.indexOf(":");
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
        if (field === "id") event.id = value;
        else if (field === "event") event.event = value;
        else if (field === "data") data.push(value);
      }
      if (data.length) this.queue.push({ ...event, data: data.join("\n") });
    }
  }
}
