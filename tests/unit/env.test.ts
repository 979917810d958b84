import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { DEVELOPMENT_AUTH_SECRET, STANDIN_WEBHOOK_SECRET } from "@/lib/production-safety";

const PRODUCTION = {
  NODE_ENV: "production",
  DATABASE_URL: "postgresql://app:s3cret@db.internal:5432/vetted",
  NEXTAUTH_SECRET: "x".repeat(40),
  NEXTAUTH_URL: "https://vetted.example",
  TWO_FACTOR_ENCRYPTION_KEY: "ab".repeat(32),
  STRIPE_SECRET_KEY: "sk_live_example",
  STRIPE_WEBHOOK_SECRET: "whsec_live_example",
};

describe("parseEnv", () => {
  it("refuses production without its secrets and names each missing one", () => {
    const refusal = () => parseEnv({ NODE_ENV: "production" });
    for (const name of ["DATABASE_URL", "NEXTAUTH_SECRET", "NEXTAUTH_URL", "TWO_FACTOR_ENCRYPTION_KEY", "STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET"]) {
      expect(refusal, name).toThrow(new RegExp(`${name} is not set`));
    }
  });

  it("accepts a complete production environment", () => {
    const env = parseEnv(PRODUCTION);
    expect(env.isProduction).toBe(true);
    expect(env.PLATFORM_FEE_BPS).toBe(1000);
    expect(env.TRUSTED_PROXY_COUNT).toBe(0);
  });

  it.each([
    ["the development auth secret", { NEXTAUTH_SECRET: DEVELOPMENT_AUTH_SECRET }, /NEXTAUTH_SECRET is the development value/],
    ["a short auth secret", { NEXTAUTH_SECRET: "short-secret" }, /NEXTAUTH_SECRET is shorter than 32/],
    ["the stand-in's webhook secret", { STRIPE_WEBHOOK_SECRET: STANDIN_WEBHOOK_SECRET }, /STRIPE_WEBHOOK_SECRET is the development stand-in's/],
    ["a missing webhook secret", { STRIPE_WEBHOOK_SECRET: undefined }, /STRIPE_WEBHOOK_SECRET is not set/],
    ["Stripe pointed at the stand-in", { STRIPE_API_BASE: "http://localhost/stripe-stand-in" }, /STRIPE_API_BASE points at localhost, not Stripe/],
    [
      "Stripe pointed at another host",
      { STRIPE_API_BASE: "https://api.stripe.com.attacker.example" },
      /STRIPE_API_BASE points at api\.stripe\.com\.attacker\.example/,
    ],
    [
      "the embedded database",
      { DATABASE_URL: "postgresql://vetted:vetted-local@127.0.0.1:54329/vetted" },
      /DATABASE_URL points at the embedded development PostgreSQL/,
    ],
  ])("refuses production with %s, naming the variable", (_what, overrides, message) => {
    expect(() => parseEnv({ ...PRODUCTION, ...overrides })).toThrow(message);
  });

  it("lets a staging rig use the stand-in and the embedded database only through the loud opt-in, and never a development auth secret", () => {
    const staging = {
      ...PRODUCTION,
      STRIPE_SECRET_KEY: undefined,
      STRIPE_WEBHOOK_SECRET: STANDIN_WEBHOOK_SECRET,
      STRIPE_API_BASE: "http://localhost/stripe-stand-in",
      DATABASE_URL: "postgresql://vetted:vetted-local@127.0.0.1:54329/vetted",
    };
    expect(() => parseEnv(staging)).toThrow(/UNSAFE_STAGING_WITH_LOCAL_SERVICES/);
    expect(parseEnv({ ...staging, UNSAFE_STAGING_WITH_LOCAL_SERVICES: "true" }).isProduction).toBe(true);
    expect(() => parseEnv({ ...staging, UNSAFE_STAGING_WITH_LOCAL_SERVICES: "true", NEXTAUTH_SECRET: DEVELOPMENT_AUTH_SECRET })).toThrow(/NEXTAUTH_SECRET/);
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
