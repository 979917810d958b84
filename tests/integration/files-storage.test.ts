import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setClock } from "@/lib/clock";
import { db } from "@/lib/db";
import { deleteOrphanFiles } from "@/lib/files/delete-orphans";
import { storage, useStorageDriver } from "@/lib/storage";
import { createDiskDriver } from "@/lib/storage/disk-driver";
import type { StorageDriver } from "@/lib/storage/types";
import { createClient } from "../fixtures/matching";
import { type ApiServer, sessionCookieFor, startApiServer } from "../support/api-server";
import { fileApi } from "../support/file-api";
import { sampleExe, samplePdf, samplePng } from "../support/file-samples";
import { createTestS3Driver, type S3TestServer, startS3Server } from "../support/s3-server";

// The whole upload flow over real HTTP, through each storage driver: the disk driver in a temporary
// folder, and the S3 driver against a real S3-protocol server (s3rver) started here.

let server: ApiServer;
let s3: S3TestServer;
const diskRoot = mkdtempSync(path.join(tmpdir(), "vetted-files-"));

beforeAll(async () => {
  [server, s3] = await Promise.all([startApiServer(), startS3Server()]);
});
afterAll(async () => {
  useStorageDriver(null);
  await Promise.all([server.close(), s3.close()]);
  rmSync(diskRoot, { recursive: true, force: true });
});

const DRIVERS: { name: string; create: () => StorageDriver }[] = [
  { name: "disk", create: () => createDiskDriver(diskRoot) },
  { name: "s3", create: () => createTestS3Driver(s3) },
];

async function signedInApi() {
  const user = await createClient();
  return { user, api: fileApi(server.url, await sessionCookieFor(user)) };
}

const rowOf = (id: string) => db.storedFile.findUniqueOrThrow({ where: { id } });

describe.each(DRIVERS)("files through the $name driver", ({ create }) => {
  beforeAll(() => useStorageDriver(create()));

  it("uploads a PDF through the signed URL, completes it and downloads it through a signed link", async () => {
    const { api } = await signedInApi();
    const pdf = samplePdf();
    const { id, completed, body } = await api.uploadAndComplete({ name: "../../etc/spec\u202Efdp.pdf", bytes: pdf, contentType: "application/pdf" });
    expect(completed.status).toBe(200);
    expect(body.file).toMatchObject({ status: "READY", contentType: "application/pdf", size: pdf.length, name: "specfdp.pdf", hasThumbnail: false });
    const bytes = await api.download(id);
    expect(bytes.status).toBe(200);
    expect(bytes.headers.get("content-disposition")).toBe(`attachment; filename="specfdp.pdf"; filename*=UTF-8''specfdp.pdf`);
    expect(Buffer.from(await bytes.arrayBuffer()).equals(pdf)).toBe(true);
    expect((await rowOf(id)).uploadedAt).not.toBeNull();
  });

  it("makes a 320 px WebP preview of an image and keeps its size", async () => {
    const { api } = await signedInApi();
    const { id, body } = await api.uploadAndComplete({ name: "mockup.png", bytes: await samplePng(1280, 720), contentType: "image/png" });
    expect(body.file).toMatchObject({ status: "READY", width: 1280, height: 720, isImage: true, thumbnailUrl: `/api/v1/files/${id}/thumbnail` });
    const preview = await api.download(id, "thumbnail");
    expect(preview.headers.get("content-type")).toBe("image/webp");
    const inline = await api.call(`/api/v1/files/${id}/download?inline=1`);
    const shown = await fetch(new URL(inline.headers.get("location") ?? "", server.url));
    expect(shown.headers.get("content-disposition")).toMatch(/^inline; filename="mockup.png"/);
  });

  it("completing twice gives the same answer, for a ready file and for a rejected one", async () => {
    const { api } = await signedInApi();
    const ready = await api.uploadAndComplete({ name: "notes.txt", bytes: Buffer.from("Plain notes ✓\n"), contentType: "text/plain" });
    const again = await api.complete(ready.id);
    expect(again.status).toBe(200);
    expect((await again.json()).file).toEqual(ready.body.file);
    const rejected = await api.uploadAndComplete({ name: "photo.png", bytes: sampleExe(), contentType: "image/png" });
    const rejectedAgain = await api.complete(rejected.id);
    expect(rejectedAgain.status).toBe(422);
    expect((await rejectedAgain.json()).error.message).toBe(rejected.body.error?.message);
  });

  it("rejects an .exe renamed .png, says what it really is, and deletes its object", async () => {
    const { api } = await signedInApi();
    const { id, completed, body } = await api.uploadAndComplete({ name: "holiday.png", bytes: sampleExe(), contentType: "image/png" });
    expect(completed.status).toBe(422);
    expect(body.error?.message).toBe("This file is a Windows program, not a PNG image.");
    const row = await rowOf(id);
    expect(row).toMatchObject({ status: "REJECTED", rejectedReason: "This file is a Windows program, not a PNG image." });
    expect(await storage().stat(row.storageKey)).toBeNull();
    expect((await api.call(`/api/v1/files/${id}/download`)).status).toBe(404);
  });

  it("refuses what a place does not accept, before and after the bytes arrive", async () => {
    const { api } = await signedInApi();
    const declared = await api.start({ name: "cv.pdf", size: 100, contentType: "application/pdf", purpose: "PROFILE_PHOTO" });
    expect(declared.status).toBe(422);
    expect((await declared.json()).error.message).toContain("Accepted: PNG, JPG, GIF or WEBP");
    const disguised = await api.uploadAndComplete({ name: "me.png", bytes: samplePdf(), contentType: "image/png", purpose: "PROFILE_PHOTO" });
    expect(disguised.body.error?.message).toBe("This file is a PDF document, not a PNG image.");
    const binaryText = await api.uploadAndComplete({ name: "data.csv", bytes: Buffer.from("a,b\n1,\u0000\n"), contentType: "text/csv" });
    expect(binaryText.body.error?.message).toBe("This file is not plain UTF-8 text, so it is not a CSV file.");
  });

  it("refuses empty and oversized files with the reason", async () => {
    const { api } = await signedInApi();
    const empty = await api.start({ name: "empty.txt", size: 0, contentType: "text/plain" });
    expect(empty.status).toBe(422);
    expect((await empty.json()).error.message).toBe("The file is empty.");
    const huge = await api.start({ name: "video.zip", size: 26 * 1024 * 1024, contentType: "application/zip" });
    expect(huge.status).toBe(413);
    expect((await huge.json()).error.message).toBe("“video.zip” is 26 MB; files can be at most 25 MB.");
    // Declared 10 bytes, then empty bytes sent: the completion finds the object empty.
    const hollow = await api.upload({ name: "hollow.txt", bytes: Buffer.alloc(0), contentType: "text/plain", declaredSize: 10 });
    expect((await (await api.complete(hollow.id)).json()).error.message).toBe("The file is empty.");
    // Declared 10 bytes, then 50 sent: the disk driver refuses them, S3 refuses another length (or the completion does).
    const longer = await api.upload({ name: "long.txt", bytes: Buffer.alloc(50, "a"), contentType: "text/plain", declaredSize: 10 });
    if (longer.sent.ok) expect((await (await api.complete(longer.id)).json()).error.message).toBe("The file is larger than 10 bytes.");
    else expect(longer.sent.status).toBe(413);
    expect((await rowOf(longer.id)).status).not.toBe("READY");
  });

  it("refuses an upload link once it expired, and a completion that comes too late", async () => {
    const { api } = await signedInApi();
    const expired = await storage().createUpload({
      key: `files/expired-${Date.now()}`,
      contentType: "text/plain",
      maxBytes: 5,
      expiresAt: new Date(Date.now() + 1000),
    });
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const sent = await api.send(expired, Buffer.from("hello"));
    expect(sent.status).toBe(403);
    const { id, sent: inTime } = await api.upload({ name: "late.txt", bytes: Buffer.from("late"), contentType: "text/plain" });
    expect(inTime.status).toBe(200);
    setClock(() => new Date(Date.now() + 16 * 60_000));
    try {
      const late = await api.complete(id);
      expect(late.status).toBe(422);
      expect((await late.json()).error.message).toBe("The upload took longer than its link allows. Add the file again.");
    } finally {
      setClock(null);
    }
    expect(await storage().stat((await rowOf(id)).storageKey)).toBeNull();
  });

  it("keeps another user's files from a foreign user: 404 for download, preview, completion and deletion", async () => {
    const { api: owner } = await signedInApi();
    const { api: stranger } = await signedInApi();
    const { id } = await owner.uploadAndComplete({ name: "private.png", bytes: await samplePng(), contentType: "image/png" });
    for (const [method, suffix] of [
      ["GET", "/download"],
      ["GET", "/thumbnail"],
      ["POST", "/complete"],
      ["DELETE", ""],
    ] as const) {
      const answer = await stranger.call(`/api/v1/files/${id}${suffix}`, { method });
      expect(answer.status, `${method} ${suffix}`).toBe(404);
    }
    expect((await owner.download(id)).status).toBe(200);
  });

  it("holds each user to their quota, counting ready files and uploads in progress", async () => {
    const { user, api } = await signedInApi();
    const quota = 2 * 1024 ** 3;
    await db.storedFile.create({
      data: {
        ownerId: user.id,
        purpose: "CHAT_ATTACHMENT",
        status: "READY",
        storageKey: `files/quota-${user.id}`,
        name: "big.zip",
        contentType: "application/zip",
        size: quota - 1000,
        uploadExpiresAt: new Date(),
      },
    });
    const pending = await api.start({ name: "a.txt", size: 600, contentType: "text/plain" });
    expect(pending.status).toBe(201);
    const over = await api.start({ name: "b.txt", size: 600, contentType: "text/plain" });
    expect(over.status).toBe(422);
    expect((await over.json()).error.message).toMatch(/^Your files use 2 GB of your 2 GB storage, so “b.txt” \(600 bytes\) does not fit\./);
  });

  it("deletes orphans and rejected files with their objects, keeps attached ones, and runs again harmlessly", async () => {
    const { user, api } = await signedInApi();
    const orphan = await api.uploadAndComplete({ name: "orphan.png", bytes: await samplePng(), contentType: "image/png" });
    const kept = await api.uploadAndComplete({ name: "kept.pdf", bytes: samplePdf(), contentType: "application/pdf" });
    const recent = await api.uploadAndComplete({ name: "recent.pdf", bytes: samplePdf(), contentType: "application/pdf" });
    const rejected = await api.uploadAndComplete({ name: "x.png", bytes: sampleExe(), contentType: "image/png" });
    const dayAgo = new Date(Date.now() - 25 * 3_600_000);
    await db.storedFile.updateMany({ where: { id: { in: [orphan.id, kept.id] } }, data: { createdAt: dayAgo, uploadExpiresAt: dayAgo } });
    await db.storedFile.update({ where: { id: kept.id }, data: { attachedAt: new Date() } });
    await db.storedFile.update({ where: { id: rejected.id }, data: { uploadExpiresAt: dayAgo } });
    const orphanRow = await rowOf(orphan.id);
    await storage().deleteObject(orphanRow.thumbnailKey ?? ""); // already missing: tolerated

    expect(await deleteOrphanFiles(new Date())).toBeGreaterThanOrEqual(2);
    const left = await db.storedFile.findMany({ where: { ownerId: user.id }, select: { id: true } });
    expect(left.map((file) => file.id).sort()).toEqual([kept.id, recent.id].sort());
    expect(await storage().stat(orphanRow.storageKey)).toBeNull();
    expect(await storage().stat((await rowOf(kept.id)).storageKey)).not.toBeNull();
    await deleteOrphanFiles(new Date());
    expect(await db.storedFile.count({ where: { ownerId: user.id } })).toBe(2);
  });
});

describe("signed disk links", () => {
  beforeAll(() => useStorageDriver(createDiskDriver(diskRoot)));

  it("caps uploads in progress: of 1,000 started at once, 20 get a link and the rest a 429, with no row left for them", async () => {
    const { user, api } = await signedInApi();
    const answers = await Promise.all(
      Array.from({ length: 1000 }, (_, index) => api.start({ name: `file-${index}.txt`, size: 10, contentType: "text/plain" })),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(20);
    expect(statuses.filter((status) => status === 429)).toHaveLength(980);
    const refused = answers.find((answer) => answer.status === 429) as Response;
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
      "You already have 20 uploads in progress. Wait for them to finish, then add more files.",
    );
    expect(await db.storedFile.count({ where: { ownerId: user.id } })).toBe(20);
  }, 60_000);

  it("refuses a tampered download or upload link with 403, and a second upload to the same link with 409", async () => {
    const { api } = await signedInApi();
    const { id, upload } = await api.upload({ name: "a.txt", bytes: Buffer.from("first"), contentType: "text/plain" });
    expect((await api.send(upload, Buffer.from("again"))).status).toBe(409);
    await api.complete(id);
    const location = (await api.call(`/api/v1/files/${id}/download`)).headers.get("location") ?? "";
    const tampered = location.replace(/.(\.[^.]+)$/, (match) => (match[0] === "A" ? "B" : "A") + match.slice(1));
    const refused = await fetch(new URL(tampered, server.url));
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.message).toContain("This link is not valid");
    const forged = await api.send({ ...upload, url: upload.url.replace(/[A-Za-z0-9]{4}\./, "AAAA.") }, Buffer.from("x"));
    expect(forged.status).toBe(403);
    const served = await fetch(new URL(location, server.url));
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
