import net from "node:net";

// A TCP pass-through in front of PostgreSQL that counts the statements the app sends: each simple
// Query ('Q') and each Execute ('E') of the extended protocol is one statement, whichever client
// (Prisma, `readRows`, raw pg) sent it and in whichever process. Reads the frontend's messages only.

const STARTUP_CODES = new Set([80877103, 80877104, 196608]); // SSLRequest, GSSENCRequest, protocol 3.0

export async function startStatementCounter(target: { host: string; port: number }) {
  let statements = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    // As pg's own socket: without it, Nagle's algorithm holds small messages back for ~40 ms.
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    sockets.add(client).add(upstream);
    let pending = Buffer.alloc(0);
    let isStarted = false;
    client.on("data", (chunk) => {
      pending = Buffer.concat([pending, chunk]);
      for (;;) {
        if (!isStarted) {
          // Untyped messages first: an optional SSL/GSS request, then the startup message.
          if (pending.length < 8) break;
          const length = pending.readInt32BE(0);
          if (pending.length < length) break;
          isStarted = pending.readInt32BE(4) === 196608 || !STARTUP_CODES.has(pending.readInt32BE(4));
          pending = pending.subarray(length);
          continue;
        }
        if (pending.length < 5) break;
        const length = pending.readInt32BE(1);
        if (pending.length < length + 1) break;
        if (pending[0] === 0x51 || pending[0] === 0x45) statements++;
        pending = pending.subarray(length + 1);
      }
      upstream.write(chunk);
    });
    upstream.on("data", (chunk) => client.write(chunk));
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("close", close).on("error", close);
    upstream.on("close", close).on("error", close);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    port,
    /** Statements sent through the counter so far. */
    count: () => statements,
    /** `url` (the real database's) pointed at the counter instead. */
    urlFor(url: string) {
      const proxied = new URL(url);
      proxied.hostname = "127.0.0.1";
      proxied.port = String(port);
      return proxied.toString();
    },
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
