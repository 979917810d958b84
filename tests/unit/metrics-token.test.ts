import { describe, expect, it } from "vitest";
import { hasMetricsToken } from "@/lib/metrics/metrics-token";

// The metrics endpoint answers only a scraper holding the configured token, and nobody when none is set.

const TOKEN = "a-metrics-token-of-enough-length";
const withAuthorization = (value: string) => new Headers({ authorization: value });

describe("hasMetricsToken", () => {
  it("accepts exactly the configured bearer token", () => {
    expect(hasMetricsToken(withAuthorization(`Bearer ${TOKEN}`), TOKEN)).toBe(true);
    expect(hasMetricsToken(withAuthorization(`bearer ${TOKEN}`), TOKEN)).toBe(true);
    for (const value of [`Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(1)}`, TOKEN, `Basic ${TOKEN}`, "Bearer "]) {
      expect(hasMetricsToken(withAuthorization(value), TOKEN), value).toBe(false);
    }
    expect(hasMetricsToken(new Headers(), TOKEN)).toBe(false);
  });

  it("accepts nothing when no token is configured", () => {
    expect(hasMetricsToken(withAuthorization("Bearer undefined"), undefined)).toBe(false);
    expect(hasMetricsToken(withAuthorization("Bearer "), "")).toBe(false);
  });
});
