import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { completeUpload } from "@/lib/files/complete-upload";
import { completeUploadOperation } from "@/lib/files/complete-upload.operation";
import { downloadFileOperation } from "@/lib/files/download-file.operation";
import { downloadThumbnailOperation } from "@/lib/files/download-thumbnail.operation";
import { startUpload } from "@/lib/files/start-upload";
import { startUploadOperation } from "@/lib/files/start-upload.operation";
import { storage, useStorageDriver } from "@/lib/storage";
import { diskDownloadOperation } from "@/lib/storage/disk-download.operation";
import { createDiskDriver } from "@/lib/storage/disk-driver";
import { diskUploadOperation } from "@/lib/storage/disk-upload.operation";
import { createClient } from "../fixtures/matching";
import { callOperation } from "../support/call-operation";
import { samplePng } from "../support/file-samples";

// The files operations through runOperation, with their declared success statuses and output checks:
// the redirects and the disk driver's signed routes, whose success the authorization matrix (which
// sends only refused or foreign links to them) does not see.

const diskRoot = mkdtempSync(path.join(tmpdir(), "vetted-files-operations-"));
beforeAll(() => useStorageDriver(createDiskDriver(diskRoot)));
afterAll(() => {
  useStorageDriver(null);
  rmSync(diskRoot, { recursive: true, force: true });
});

const tokenOf = (url: string) => url.split("/").pop() ?? "";

describe("the files operations", () => {
  it("upload to the signed disk route, complete, then redirect to and serve the signed download", async () => {
    const user = await createClient();
    const text = "Milestone notes, in plain text.";
    const bytes = JSON.stringify(text); // callOperation sends its body as JSON text: these are the file's bytes
    const started = await callOperation(startUploadOperation, user, {
      body: { purpose: "MILESTONE_DELIVERABLE", name: "notes.txt", size: Buffer.byteLength(bytes), contentType: "text/plain" },
    });
    expect(started.status).toBe(201);
    const { file, upload } = started.json as unknown as { file: { id: string }; upload: { url: string } };
    const stored = await callOperation(diskUploadOperation, null, { params: { token: tokenOf(upload.url) }, body: text });
    expect(stored).toMatchObject({ status: 200, json: { size: Buffer.byteLength(bytes) } });
    expect((await callOperation(completeUploadOperation, user, { params: { id: file.id } })).status).toBe(200);

    const redirect = await callOperation(downloadFileOperation, user, { params: { id: file.id } });
    expect(redirect.status).toBe(302);
    const served = await callOperation(diskDownloadOperation, null, { params: { token: tokenOf(redirect.headers.get("location") ?? "") } });
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("text/plain");
    expect(served.headers.get("content-disposition")).toMatch(/^attachment; filename="notes.txt"/);

    // A text file has no preview: 404, as for a file one may not see.
    expect((await callOperation(downloadThumbnailOperation, user, { params: { id: file.id } })).status).toBe(404);
  });

  it("redirects to an image's preview", async () => {
    const user = await createClient();
    const png = await samplePng(400, 300);
    const { file } = await startUpload({ user, purpose: "PORTFOLIO", name: "shot.png", size: png.length, contentType: "image/png", now: new Date() });
    const { storageKey } = await db.storedFile.findUniqueOrThrow({ where: { id: file.id }, select: { storageKey: true } });
    await storage().putObject(storageKey, png, "image/png");
    await completeUpload({ user, fileId: file.id, now: new Date() });
    const redirect = await callOperation(downloadThumbnailOperation, user, { params: { id: file.id } });
    expect(redirect.status).toBe(302);
    const served = await callOperation(diskDownloadOperation, null, { params: { token: tokenOf(redirect.headers.get("location") ?? "") } });
    expect(served.headers.get("content-type")).toBe("image/webp");
    expect(served.headers.get("content-disposition")).toMatch(/^inline; /);
  });
});
