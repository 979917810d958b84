import { describe, expect, it } from "vitest";
import { clientIp } from "@/lib/client-ip";

const forwarded = (value: string) => new Headers({ "x-forwarded-for": value });

describe("clientIp", () => {
  it("believes the entry the nearest trusted proxy appended, not what the caller wrote before it", () => {
    expect(clientIp(forwarded("6.6.6.6, 203.0.113.7, 10.0.0.2"), 1)).toBe("203.0.113.7");
    expect(clientIp(forwarded("6.6.6.6, 203.0.113.7, 10.0.0.1, 10.0.0.2"), 2)).toBe("203.0.113.7");
    expect(clientIp(forwarded("6.6.6.6, 10.0.0.2"), 0)).toBe("10.0.0.2");
  });

  it("cannot be steered by a caller who rotates a forged X-Forwarded-For", () => {
    const seen = new Set(["1.1.1.1", "2.2.2.2", "3.3.3.3"].map((forged) => clientIp(forwarded(`${forged}, 203.0.113.7, 10.0.0.2`), 1)));
    expect([...seen]).toEqual(["203.0.113.7"]);
  });

  it("takes the only entry there is, and says unknown without one", () => {
    expect(clientIp(forwarded("203.0.113.7"), 2)).toBe("203.0.113.7");
    expect(clientIp(forwarded("203.0.113.7"), 0)).toBe("203.0.113.7");
    expect(clientIp(new Headers(), 1)).toBe("unknown");
    expect(clientIp(new Headers({ "x-real-ip": "198.51.100.4" }), 1)).toBe("198.51.100.4");
  });
});
