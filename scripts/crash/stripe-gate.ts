import http from "node:http";
import type { AddressInfo } from "node:net";

// A gate between one of our processes and the Stripe stand-in, to crash that process at the two
// moments that matter for money: just before Stripe receives a call, and just after Stripe has done
// it but before we hear the answer. A held call gets no answer; the test kills the caller meanwhile.

export type GateCall = { method: string; path: string; idempotencyKey: string | null; body: string };

/** forward: pass through. hold-before: Stripe never sees it. hold-after: Stripe does it, we never hear. reset: the connection drops. */
export type GateAction = "forward" | "hold-before" | "hold-after" | "reset";

export type StripeGate = { url: string; calls: () => GateCall[]; stop: () => Promise<void> };

type Options = {
  targetUrl: string;
  decide?: (call: GateCall) => GateAction;
  /** Called once a held call reached its point: Stripe has not (hold-before) or has (hold-after) acted on it. */
  onHeld?: (call: GateCall, action: "hold-before" | "hold-after") => void;
};

export async function startStripeGate(options: Options): Promise<StripeGate> {
  const target = new URL(options.targetUrl);
  const seen: GateCall[] = [];
  const held = new Set<http.ServerResponse>();

  const forward = (request: http.IncomingMessage, body: Buffer) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const upstream = http.request(
        { host: target.hostname, port: target.port, method: request.method, path: request.url, headers: { ...request.headers, host: target.host } },
        (answer) => {
          const chunks: Buffer[] = [];
          answer.on("data", (chunk: Buffer) => chunks.push(chunk));
          answer.on("end", () => resolve({ status: answer.statusCode ?? 502, headers: answer.headers, body: Buffer.concat(chunks) }));
          answer.on("error", reject);
        },
      );
      upstream.on("error", reject);
      upstream.end(body);
    });

  const hold = (response: http.ServerResponse, call: GateCall, action: "hold-before" | "hold-after") => {
    held.add(response);
    response.on("close", () => held.delete(response));
    options.onHeld?.(call, action);
  };

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", async () => {
      const body = Buffer.concat(chunks);
      const key = request.headers["idempotency-key"];
      const call: GateCall = {
        method: request.method ?? "GET",
        path: request.url ?? "/",
        idempotencyKey: typeof key === "string" ? key : null,
        body: body.toString("utf8"),
      };
      seen.push(call);
      const action = options.decide?.(call) ?? "forward";
      if (action === "reset") return void request.socket.destroy();
      if (action === "hold-before") return hold(response, call, action);
      try {
        const answer = await forward(request, body);
        if (action === "hold-after") return hold(response, call, action);
        response.writeHead(answer.status, answer.headers).end(answer.body);
      } catch (error) {
        response.writeHead(502).end(String(error));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls: () => [...seen],
    async stop() {
      for (const response of held) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The milestone a transfer call is for: its idempotency key is `release:<milestoneId>`. */
export function transferMilestoneOf(call: GateCall) {
  if (call.method !== "POST" || !call.path.startsWith("/v1/transfers") || call.path.includes("/reversals")) return null;
  return call.idempotencyKey?.startsWith("release:") ? call.idempotencyKey.slice("release:".length) : null;
}
