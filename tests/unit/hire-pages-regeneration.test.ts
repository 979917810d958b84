import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { readPreviewModeId, regenerateOnThisInstance } from "@/lib/hire-pages/regenerate-hire-pages";
import { createRegenerationQueue } from "@/lib/hire-pages/regeneration-queue";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((settle) => (resolve = settle));
  return { promise, resolve };
}

function queueOf(regenerate: (path: string) => Promise<void>, maxPending = 10) {
  const onError = vi.fn();
  const onDropped = vi.fn();
  return { queue: createRegenerationQueue({ regenerate, maxPending, onError, onDropped }), onError, onDropped };
}

describe("the regeneration queue", () => {
  it("regenerates one page at a time, each waiting path once", async () => {
    const started: string[] = [];
    let running = 0;
    const first = deferred();
    const { queue } = queueOf(async (pagePath) => {
      started.push(pagePath);
      expect(++running).toBe(1);
      if (pagePath === "/hire/a") await first.promise;
      running--;
    });
    queue.add(["/hire/a", "/hire/b"]);
    queue.add(["/hire/b", "/hire/c", "/hire/b"]);
    first.resolve();
    await queue.idle();
    expect(started).toEqual(["/hire/a", "/hire/b", "/hire/c"]);
  });

  it("regenerates a page again when it is announced while being regenerated", async () => {
    const started: string[] = [];
    const first = deferred();
    const { queue } = queueOf(async (pagePath) => {
      started.push(pagePath);
      if (started.length === 1) await first.promise;
    });
    queue.add(["/hire/a"]);
    queue.add(["/hire/a"]);
    first.resolve();
    await queue.idle();
    expect(started).toEqual(["/hire/a", "/hire/a"]);
  });

  it("starts again after it went idle", async () => {
    const started: string[] = [];
    const { queue } = queueOf(async (pagePath) => void started.push(pagePath));
    queue.add(["/hire/a"]);
    await queue.idle();
    queue.add(["/hire/b"]);
    await queue.idle();
    expect(started).toEqual(["/hire/a", "/hire/b"]);
  });

  it("holds at most maxPending paths and reports the rest", async () => {
    const first = deferred();
    const started: string[] = [];
    const { queue, onDropped } = queueOf(async (pagePath) => {
      started.push(pagePath);
      await first.promise;
    }, 2);
    queue.add(["/hire/a", "/hire/b", "/hire/c", "/hire/d"]);
    expect(onDropped).toHaveBeenCalledWith(2);
    first.resolve();
    await queue.idle();
    expect(started).toEqual(["/hire/a", "/hire/b"]);
  });

  it("goes on after a page fails", async () => {
    const started: string[] = [];
    const { queue, onError } = queueOf(async (pagePath) => {
      started.push(pagePath);
      if (pagePath === "/hire/a") throw new Error("render failed");
    });
    queue.add(["/hire/a", "/hire/b"]);
    await queue.idle();
    expect(started).toEqual(["/hire/a", "/hire/b"]);
    expect(onError).toHaveBeenCalledWith("/hire/a", expect.any(Error));
  });
});

describe("regenerateOnThisInstance", () => {
  it("asks the server for an on-demand revalidation of a page, generated before or not", async () => {
    const seen: { url?: string; headers: IncomingHttpHeaders }[] = [];
    const server = createServer((request, response) => {
      seen.push({ url: request.url, headers: request.headers });
      response.statusCode = request.url === "/hire/python" ? 200 : request.url === "/hire/gone" ? 404 : 500;
      response.end("<html></html>");
    });
    await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect(await regenerateOnThisInstance(origin, "/hire/python", "preview-id")).toBe("regenerated");
      expect(await regenerateOnThisInstance(origin, "/hire/gone", "preview-id")).toBe("not-found");
      await expect(regenerateOnThisInstance(origin, "/hire/broken", "preview-id")).rejects.toThrow("/hire/broken answered 500 when regenerated");
    } finally {
      server.close();
    }
    expect(seen[0].url).toBe("/hire/python");
    expect(seen[0].headers["x-prerender-revalidate"]).toBe("preview-id");
    // Never "only if generated": Next 16 answers that for an ungenerated page with a 500 a visitor can join.
    expect(seen[0].headers).not.toHaveProperty("x-prerender-revalidate-if-generated");
  });
});

describe("readPreviewModeId", () => {
  it("reads the id next build wrote into the prerender manifest", () => {
    const distDir = mkdtempSync(path.join(tmpdir(), "vetted-dist-"));
    writeFileSync(path.join(distDir, "prerender-manifest.json"), JSON.stringify({ version: 4, preview: { previewModeId: "abc123" } }));
    expect(readPreviewModeId(distDir)).toBe("abc123");
    writeFileSync(path.join(distDir, "prerender-manifest.json"), JSON.stringify({ version: 4 }));
    expect(() => readPreviewModeId(distDir)).toThrow(/previewModeId/);
  });
});
