import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { useStorageDriver } from "@/lib/storage";
import { createDiskDriver } from "@/lib/storage/disk-driver";
import type { StorageDriver } from "@/lib/storage/types";
import { createClient } from "../fixtures/matching";
import { type ApiServer, sessionCookieFor, startApiServer } from "../support/api-server";
import { samplePdf, samplePng } from "../support/file-samples";

let server: ApiServer;
const diskRoot = mkdtempSync(path.join(tmpdir(), "vetted-files-"));

beforeAll(async () => {
  server = await startApiServer();
});
afterAll(async () => {
  useStorageDriver(null);
  await server.close();
  rmSync(diskRoot, { recursive: true, force: true });
});

type Drivers = { name: string; create: () => Promise<StorageDriver> };
const DRIVERS: Drivers[] = [{ name: "disk", create: async () => createDiskDriver(diskRoot) }];

describe.each(DRIVERS)("files through the $name driver", ({ create }) => {
  beforeAll(async () => useStorageDriver(await create()));

  async function upload(cookie: string, file: { name: string; bytes: Buffer; contentType: string; purpose?: string }) {
    const started = await fetch(`${server.url}/api/v1/files`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json" },
      body: JSON.stringify({ purpose: file.purpose ?? "CHAT_ATTACHMENT", name: file.name, size: file.bytes.length, contentType: file.contentType }),
    });
    expect(started.status, await started.clone().text()).toBe(201);
    const { file: pending, upload: target } = (await started.json()) as {
      file: { id: string };
      upload: { method: string; url: string; headers: Record<string, string> };
    };
    const put = await fetch(new URL(target.url, server.url), { method: target.method, headers: target.headers, body: new Uint8Array(file.bytes) });
    return { id: pending.id, put };
  }

  it("uploads a PDF and an image, completes them and downloads them through signed links", async () => {
    const user = await createClient();
    const cookie = await sessionCookieFor(user);
    const pdf = samplePdf();
    const { id, put } = await upload(cookie, { name: "spec.pdf", bytes: pdf, contentType: "application/pdf" });
    expect(put.status).toBe(200);
    const completed = await fetch(`${server.url}/api/v1/files/${id}/complete`, { method: "POST", headers: { cookie } });
    expect(completed.status, await completed.clone().text()).toBe(200);
    expect((await completed.json()).file).toMatchObject({ status: "READY", contentType: "application/pdf", size: pdf.length });
    const download = await fetch(`${server.url}/api/v1/files/${id}/download`, { headers: { cookie }, redirect: "manual" });
    expect(download.status).toBe(302);
    const bytes = await fetch(new URL(download.headers.get("location") ?? "", server.url));
    expect(bytes.status).toBe(200);
    expect(bytes.headers.get("content-disposition")).toContain('attachment; filename="spec.pdf"');
    expect(Buffer.from(await bytes.arrayBuffer()).equals(pdf)).toBe(true);

    const png = await samplePng();
    const image = await upload(cookie, { name: "mock.png", bytes: png, contentType: "image/png" });
    const imageDone = await fetch(`${server.url}/api/v1/files/${image.id}/complete`, { method: "POST", headers: { cookie } });
    expect((await imageDone.json()).file).toMatchObject({ status: "READY", width: 640, height: 480, hasThumbnail: true });
    const thumbnail = await fetch(`${server.url}/api/v1/files/${image.id}/thumbnail`, { headers: { cookie }, redirect: "manual" });
    const preview = await fetch(new URL(thumbnail.headers.get("location") ?? "", server.url));
    expect(preview.headers.get("content-type")).toBe("image/webp");
    expect((await preview.arrayBuffer()).byteLength).toBeGreaterThan(0);
    await db.storedFile.deleteMany({ where: { ownerId: user.id } });
  });
});
