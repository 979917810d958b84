import { connect, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DISCARD_LIMIT_BYTES } from "@/lib/endpoints/node-listener";
import { type ApiServer, startApiServer } from "../support/api-server";

// What the connection itself does when the API refuses a body before reading it, seen on a raw socket.

let server: ApiServer;
beforeAll(async () => {
  server = await startApiServer();
});
afterAll(async () => {
  await server.close();
});

type RawConnection = { socket: Socket; received: () => string; closed: () => boolean; waitFor: (pattern: RegExp, what: string) => Promise<string> };

async function openConnection(): Promise<RawConnection> {
  const { hostname, port } = new URL(server.url);
  const socket = connect({ host: hostname, port: Number(port) });
  await new Promise<void>((resolve, reject) => socket.once("connect", resolve).once("error", reject));
  let text = "";
  let isClosed = false;
  socket.on("data", (chunk) => {
    text += chunk.toString("latin1");
  });
  socket.on("close", () => {
    isClosed = true;
  });
  const waitFor = async (pattern: RegExp, what: string) => {
    const deadline = Date.now() + 5_000;
    while (!pattern.test(text)) {
      if (isClosed || Date.now() > deadline)
        throw new Error(`${what}: ${isClosed ? "the connection closed" : "timed out"}; received ${JSON.stringify(text.slice(0, 500))}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return text;
  };
  return { socket, received: () => text, closed: () => isClosed, waitFor };
}

const postHead = (contentLength: number) =>
  `POST /api/v1/requests HTTP/1.1\r\nHost: vetted.test\r\nContent-Type: application/json\r\nContent-Length: ${contentLength}\r\n\r\n`;

describe("connections after a refused upload", () => {
  it("stay open for the client's next request however slowly the rest of the refused body arrives", async () => {
    const body = `{"padding":"${"a".repeat(1_500_000)}"}`;
    const connection = await openConnection();
    try {
      connection.socket.write(postHead(body.length) + body.slice(0, 100_000));
      // Refused before the body is read: nobody is signed in.
      await connection.waitFor(/^HTTP\/1\.1 401 [\s\S]*\r\n\r\n\{[\s\S]*\}$/, "the refusal");
      expect(connection.received()).toMatch(/\r\nconnection: keep-alive\r\n/i);
      // The rest of the upload arrives after a pause longer than any clean-up timer, then the next request.
      await new Promise((resolve) => setTimeout(resolve, 900));
      connection.socket.write(`${body.slice(100_000)}GET /api/health HTTP/1.1\r\nHost: vetted.test\r\n\r\n`);
      const text = await connection.waitFor(/HTTP\/1\.1 401[\s\S]*HTTP\/1\.1 200 /, "the next request's answer on the same connection");
      expect(text.match(/HTTP\/1\.1 \d{3}/g)).toEqual(["HTTP/1.1 401", "HTTP/1.1 200"]);
    } finally {
      connection.socket.destroy();
    }
  });

  it("are closed after refusing a declared body over the discard limit, and the answer says so first", async () => {
    const connection = await openConnection();
    try {
      connection.socket.write(postHead(DISCARD_LIMIT_BYTES + 1));
      await connection.waitFor(/^HTTP\/1\.1 401 [\s\S]*\r\n\r\n\{[\s\S]*\}$/, "the refusal");
      expect(connection.received()).toMatch(/\r\nconnection: close\r\n/i);
      const deadline = Date.now() + 5_000;
      while (!connection.closed() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(connection.closed(), "the server closed the connection").toBe(true);
    } finally {
      connection.socket.destroy();
    }
  });
});
