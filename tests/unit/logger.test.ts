import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "@/lib/logger";

// What one log line holds when an error drags a whole object graph along and the logged object
// carries secrets and personal data: a bounded line with what a person needs, and none of the rest.

function capturingLogger() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  return { logger: createLogger(destination), lines };
}

/** A pg client's worth of state: what pg-pool hangs on an idle connection's error as `client`. */
function hugeClient() {
  const client: Record<string, unknown> = { connectionParameters: { user: "vetted", password: "pg-password-in-the-client", host: "db.internal" } };
  client.queryQueue = Array.from({ length: 200 }, (_, index) => ({ text: `SELECT ${index} FROM somewhere WHERE secret = 'sk_live_inside_client_${index}'` }));
  client.self = client;
  return client;
}

function pgLikeError() {
  const error = Object.assign(new Error("terminating connection due to administrator command"), {
    code: "57P01",
    severity: "FATAL",
    detail: "Key (email)=(someone@example.test) already exists.",
    client: hugeClient(),
  });
  error.name = "error";
  return error;
}

const SECRETS = [
  "pg-password-in-the-client",
  "sk_live_inside_client",
  "hunter2-the-password",
  "$argon2id$v=19$m=19456",
  "Bearer abc.def.ghi",
  "next-auth.session-token=eyJhbGciOiJkaXIi",
  "sk_live_stripe_key_1234",
  "whsec_stripe_webhook_secret",
  "someone@example.test",
  "person@example.test",
  "metrics-token-value",
];

describe("logger", () => {
  it("logs an error by type, message, code and stack in a bounded line without the graph it carries or any secret", () => {
    const { logger, lines } = capturingLogger();
    const error = pgLikeError();
    logger.error(
      {
        err: error,
        user: { id: "user_1", email: "person@example.test", passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$abc" },
        body: { password: "hunter2-the-password", nested: { token: "eyJhbGciOiJkaXIi-token" } },
        headers: { authorization: "Bearer abc.def.ghi", cookie: "next-auth.session-token=eyJhbGciOiJkaXIi.x.y", "stripe-signature": "t=1,v1=abc" },
        stripe: { STRIPE_SECRET_KEY: "sk_live_stripe_key_1234", webhookSecret: "whsec_stripe_webhook_secret" },
        METRICS_TOKEN: "metrics-token-value",
      },
      "idle database connection failed",
    );
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(line.length).toBeLessThan(2048);
    const logged = JSON.parse(line);
    expect(logged.msg).toBe("idle database connection failed");
    expect(logged.err).toMatchObject({ message: "terminating connection due to administrator command", code: "57P01" });
    expect(logged.err.type).toEqual(expect.any(String));
    expect(logged.err.stack).toMatch(/terminating connection[\s\S]*\n\s+at /);
    expect(logged.err.client).toBeUndefined();
    expect(logged.user).toEqual({ id: "user_1" });
    for (const secret of SECRETS) expect(line).not.toContain(secret);
    expect(line).not.toMatch(/passwordHash|authorization|session-token/i);
  });

  it("keeps a bounded chain of causes and scrubs email addresses from messages", () => {
    const { logger, lines } = capturingLogger();
    let error: Error = new Error("Recipient address rejected: someone@example.test");
    for (let depth = 0; depth < 10; depth++) error = new Error(`wrapper ${depth}`, { cause: error });
    logger.warn({ err: error }, "email delivery failed");
    const logged = JSON.parse(lines[0]);
    let causes = 0;
    for (let cause = logged.err.cause; cause; cause = cause.cause) causes++;
    expect(causes).toBe(3);
    expect(lines[0]).not.toContain("someone@example.test");
    const inner = JSON.parse(capture(new Error("Recipient address rejected: someone@example.test"))).err;
    expect(inner.message).toBe("Recipient address rejected: [email]");
  });

  it("logs a thrown non-error as its kind, not its contents", () => {
    const thrown = { password: "hunter2-the-password", huge: "x".repeat(10_000) };
    const line = capture(thrown);
    expect(line.length).toBeLessThan(1024);
    expect(line).not.toContain("hunter2");
  });
});

function capture(err: unknown) {
  const { logger, lines } = capturingLogger();
  logger.error({ err }, "failed");
  return lines[0];
}
