import { describe, expect, it } from "vitest";
import { assertSameOrigin } from "@/lib/api/same-origin";
import { AppError } from "@/lib/errors";

const call = (method: string, headers: Record<string, string>) => () =>
  assertSameOrigin({ method, headers: new Headers({ host: "app.vetted.test", ...headers }), url: "http://app.vetted.test/api/v1/requests/r1/cancel" });

const refusal = (run: () => void) => {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof AppError ? error.status : String(error);
  }
};

describe("assertSameOrigin", () => {
  it("lets reads through whatever they carry", () => {
    expect(refusal(call("GET", { origin: "https://attacker.example" }))).toBeNull();
  });

  it("accepts a post from our own origin, and from a program that sends no browser headers", () => {
    expect(refusal(call("POST", { origin: "http://app.vetted.test" }))).toBeNull();
    expect(refusal(call("POST", { "sec-fetch-site": "same-origin" }))).toBeNull();
    expect(refusal(call("POST", {}))).toBeNull();
  });

  it("refuses another origin, a null origin, cross-site fetch metadata and a foreign referer with 403", () => {
    expect(refusal(call("POST", { origin: "https://attacker.example" }))).toBe(403);
    expect(refusal(call("DELETE", { origin: "null" }))).toBe(403);
    expect(refusal(call("POST", { origin: "http://app.vetted.test.attacker.example" }))).toBe(403);
    expect(refusal(call("POST", { "sec-fetch-site": "cross-site" }))).toBe(403);
    expect(refusal(call("POST", { "sec-fetch-site": "same-site" }))).toBe(403);
    expect(refusal(call("PATCH", { referer: "https://attacker.example/page" }))).toBe(403);
    expect(refusal(call("PATCH", { referer: "not a url" }))).toBe(403);
  });

  it("believes Origin over the fallbacks when both are present", () => {
    expect(refusal(call("POST", { origin: "https://attacker.example", "sec-fetch-site": "same-origin" }))).toBe(403);
  });
});
