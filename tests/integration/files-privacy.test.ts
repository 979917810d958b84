import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { completeUpload } from "@/lib/files/complete-upload";
import { startUpload } from "@/lib/files/start-upload";
import { storeGeneratedFile } from "@/lib/files/store-generated-file";
import { deleteAccountOperation } from "@/lib/privacy/delete-account.operation";
import { filesSection } from "@/lib/privacy/export-sections-files";
import { storage, useStorageDriver } from "@/lib/storage";
import { createDiskDriver } from "@/lib/storage/disk-driver";
import { createClient } from "../fixtures/matching";
import { callOperation } from "../support/call-operation";
import { samplePng } from "../support/file-samples";

// A person's files are theirs: listed in their data export, and deleted, objects too, with their account.

const diskRoot = mkdtempSync(path.join(tmpdir(), "vetted-files-privacy-"));
beforeAll(() => useStorageDriver(createDiskDriver(diskRoot)));
afterAll(() => {
  useStorageDriver(null);
  rmSync(diskRoot, { recursive: true, force: true });
});

async function uploadedImage(user: Awaited<ReturnType<typeof createClient>>) {
  const bytes = await samplePng();
  const now = new Date();
  const { file } = await startUpload({ user, purpose: "CHAT_ATTACHMENT", name: "holiday.png", size: bytes.length, contentType: "image/png", now });
  const { storageKey } = await db.storedFile.findUniqueOrThrow({ where: { id: file.id } });
  await storage().putObject(storageKey, bytes, "image/png");
  await completeUpload({ user, fileId: file.id, now });
  return db.storedFile.findUniqueOrThrow({ where: { id: file.id } });
}

describe("files and privacy", () => {
  it("lists the user's files in their export: names, sizes, types and dates, never storage keys", async () => {
    const user = await createClient();
    const image = await uploadedImage(user);
    const { files } = await filesSection(user.id);
    expect(files).toEqual([expect.objectContaining({ id: image.id, name: "holiday.png", size: image.size, contentType: "image/png", status: "READY" })]);
    expect(JSON.stringify(files)).not.toContain(image.storageKey);
  });

  it("deletes the user's uploads and their objects with the account, and keeps generated documents", async () => {
    const user = await createClient();
    const image = await uploadedImage(user);
    const document = await storeGeneratedFile({ ownerId: user.id, name: "invoice-0001.pdf", contentType: "application/pdf", body: Buffer.from("%PDF-1.4\n") });
    const answer = await callOperation(deleteAccountOperation, user, { body: { password: "fixture password 123", confirmation: "DELETE" } });
    expect(answer.status).toBe(200);
    expect(await db.storedFile.findUnique({ where: { id: image.id } })).toBeNull();
    expect(await storage().stat(image.storageKey)).toBeNull();
    expect(await storage().stat(image.thumbnailKey ?? "")).toBeNull();
    expect(await db.storedFile.findUnique({ where: { id: document.id } })).not.toBeNull();
  });
});
