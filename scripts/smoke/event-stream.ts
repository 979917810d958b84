// GET /api/v1/stream read as a browser's EventSource would: Server-Sent Events, one `event:`/`data:`
// block per message. Resolves with the first event that `isWanted` picks.

export type StreamEvent = { event: string; data: unknown };

export async function openEventStream(baseUrl: string, cookie: string) {
  const controller = new AbortController();
  const response = await fetch(new URL("/api/v1/stream", baseUrl), { headers: { cookie, accept: "text/event-stream" }, signal: controller.signal });
  if (response.status !== 200 || !response.body) throw new Error(`the event stream answered ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  const waiters: { isWanted: (event: StreamEvent) => boolean; resolve: (event: StreamEvent) => void }[] = [];
  const dispatch = (block: string) => {
    const fields = block.split("\n").filter((line) => line && !line.startsWith(":"));
    const event =
      fields
        .find((line) => line.startsWith("event:"))
        ?.slice(6)
        .trim() ?? "message";
    const data = fields
      .filter((line) => line.startsWith("data:"))
      .map((line) => line.slice(5).trim())
      .join("\n");
    if (!data) return;
    const parsed: StreamEvent = { event, data: JSON.parse(data) };
    for (const waiter of waiters.filter((candidate) => candidate.isWanted(parsed))) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(parsed);
    }
  };
  const pump = (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
        dispatch(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
      }
    }
  })().catch(() => undefined);
  return {
    next(isWanted: (event: StreamEvent) => boolean, timeoutMs: number) {
      return new Promise<StreamEvent>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching event within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({
          isWanted,
          resolve: (event) => {
            clearTimeout(timer);
            resolve(event);
          },
        });
      });
    },
    async close() {
      controller.abort();
      await pump;
    },
  };
}
