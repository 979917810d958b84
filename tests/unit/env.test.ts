import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("refuses production without its secrets and names each missing one", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/DATABASE_URL, NEXTAUTH_SECRET, NEXTAUTH_URL/);
  });

  it("accepts a complete production environment", () => {
    const env = parseEnv({
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://u:p@db:5432/vetted",
      NEXTAUTH_SECRET: "x".repeat(40),
      NEXTAUTH_URL: "https://vetted.example",
    });
    expect(env.isProduction).toBe(true);
    expect(env.PLATFORM_FEE_BPS).toBe(1000);
  });

  it("falls back to a development secret outside production", () => {
    const env = parseEnv({ NODE_ENV: "development", DATABASE_URL: "postgresql://localhost/vetted" });
    expect(env.NEXTAUTH_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(env.isProduction).toBe(false);
  });

  it("rejects an out-of-range platform fee", () => {
    expect(() => parseEnv({ DATABASE_URL: "postgresql://localhost/vetted", PLATFORM_FEE_BPS: "-5" })).toThrow(/PLATFORM_FEE_BPS/);
  });
});

describe("parseEnv during next build", () => {
  it("lets a production build run without runtime secrets", () => {
    expect(parseEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" }).isProduction).toBe(true);
  });
});
