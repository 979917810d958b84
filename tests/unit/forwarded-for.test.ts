import { describe, expect, it } from "vitest";
import { believedForwardedFor } from "@/lib/forwarded-for";

describe("believedForwardedFor", () => {
  it("trusts no proxy by default: a caller's own header is replaced by the socket's address", () => {
    expect(believedForwardedFor("1.2.3.4, 5.6.7.8", "203.0.113.9", 0)).toBe("203.0.113.9");
    expect(believedForwardedFor(undefined, "203.0.113.9", 0)).toBe("203.0.113.9");
  });

  it("keeps only what the trusted proxies appended, then the socket's address", () => {
    // The caller wrote 6.6.6.6; our one proxy appended the address it saw (198.51.100.7) and connected from 10.0.0.2.
    expect(believedForwardedFor("6.6.6.6, 198.51.100.7", "10.0.0.2", 1)).toBe("198.51.100.7, 10.0.0.2");
    expect(believedForwardedFor(["6.6.6.6", "198.51.100.7, 10.0.0.1"], "10.0.0.2", 2)).toBe("198.51.100.7, 10.0.0.1, 10.0.0.2");
  });

  it("never invents hops the header did not have", () => {
    expect(believedForwardedFor("", "10.0.0.2", 2)).toBe("10.0.0.2");
    expect(believedForwardedFor(undefined, undefined, 0)).toBe("unknown");
  });
});
