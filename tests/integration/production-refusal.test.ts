import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// The app server and the worker, started for production with an unsafe environment, refuse before doing
// anything: exit 1, one line per problem naming the variable, no stack trace.

const UNSAFE_PRODUCTION = {
  PATH: process.env.PATH,
  NODE_ENV: "production" as const,
  DATABASE_URL: "postgresql://vetted:vetted-local@127.0.0.1:54329/vetted",
  NEXTAUTH_SECRET: "vetted-development-secret-not-for-production",
  NEXTAUTH_URL: "https://vetted.example",
  STRIPE_WEBHOOK_SECRET: "whsec_vetted_standin_development",
  STRIPE_API_BASE: "http://localhost/stripe-stand-in",
};

function start(script: string) {
  const result = spawnSync(process.execPath, ["--import", "tsx", script, "--port", "0"], { env: UNSAFE_PRODUCTION, encoding: "utf8", timeout: 60_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe.each(["scripts/server.ts", "scripts/worker.ts"])("%s in production", (script) => {
  it("refuses an unsafe environment, naming every variable in one line each", () => {
    const { status, output } = start(script);
    expect(status).toBe(1);
    for (const line of [
      /NEXTAUTH_SECRET is the development value/,
      /DATABASE_URL points at the embedded development PostgreSQL/,
      /STRIPE_SECRET_KEY is not set/,
      /STRIPE_WEBHOOK_SECRET is the development stand-in's published value/,
      /STRIPE_API_BASE points at localhost, not Stripe/,
    ]) {
      expect(output).toMatch(line);
    }
    expect(output).not.toMatch(/^\s+at /m);
  });
});
