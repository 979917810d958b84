import { describe, expect, it, vi } from "vitest";
import { SoakRecorder } from "../../scripts/soak/recorder";

describe("the soak recorder", () => {
  it("counts requests and errors per kind and minute, with p50 and p99 latencies", async () => {
    vi.useFakeTimers({ now: new Date("2026-12-07T10:00:00Z") });
    try {
      const recorder = new SoakRecorder();
      for (let ms = 1; ms <= 100; ms++) recorder.record("read", ms);
      recorder.record("post", 40, "HTTP 500");
      vi.setSystemTime(new Date("2026-12-07T10:01:05Z"));
      recorder.record("read", 7);
      await expect(recorder.time("post", async () => Promise.reject(new Error("socket hang up")))).rejects.toThrow("socket hang up");

      expect(recorder.minute(0)).toEqual([
        { kind: "post", requests: 1, errors: 1, p50Ms: 40, p99Ms: 40 },
        { kind: "read", requests: 100, errors: 0, p50Ms: 50, p99Ms: 99 },
      ]);
      expect(recorder.minute(1).map((row) => [row.kind, row.requests, row.errors])).toEqual([
        ["post", 1, 1],
        ["read", 1, 0],
      ]);
      expect(recorder.total().find((row) => row.kind === "read")?.requests).toBe(101);
      expect(recorder.errors).toEqual(["post: HTTP 500", "post: socket hang up"]);
    } finally {
      vi.useRealTimers();
    }
  });
});
