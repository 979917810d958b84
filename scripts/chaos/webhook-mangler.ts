import http from "node:http";
import type { AddressInfo } from "node:net";

// Stands between the Stripe stand-in and our webhook handler and makes delivery hostile: every event
// may be duplicated, held back and released later in a shuffled order. Never drops one for good:
// Stripe retries until it is acknowledged, and so does this.

export type MangledDelivery = { url: string; delivered: () => number; flush: () => Promise<void>; stop: () => Promise<void> };

type Held = { body: string; signature: string };

export async function startWebhookMangler(options: { forwardTo: (body: string, signature: string) => Promise<void>; random: () => number }) {
  const held: Held[] = [];
  let delivered = 0;
  const forward = async (item: Held) => {
    await options.forwardTo(item.body, item.signature);
    delivered++;
  };
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const item = { body: Buffer.concat(chunks).toString("utf8"), signature: String(request.headers["stripe-signature"] ?? "") };
      const roll = options.random();
      if (roll < 0.3)
        held.push(item, item); // delayed, and delivered twice later
      else if (roll < 0.5)
        held.push(item); // delayed
      else void forward(item).catch(() => held.push(item));
      if (roll > 0.8) held.push(item); // a duplicate on top
      response.writeHead(200).end("{}");
      if (held.length > 20 && options.random() < 0.2) void releaseSome();
    });
  });
  const releaseSome = async () => {
    for (let index = held.length - 1; index > 0; index--) {
      const other = Math.floor(options.random() * (index + 1));
      [held[index], held[other]] = [held[other], held[index]];
    }
    for (const item of held.splice(0, Math.ceil(held.length / 2))) await forward(item).catch(() => held.push(item));
  };
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`,
    delivered: () => delivered,
    async flush() {
      while (held.length) await releaseSome();
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  } satisfies MangledDelivery;
}
