import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { canReadFile, fileAccessSelect } from "@/lib/files/access";
import { attachFiles } from "@/lib/files/attach-files";
import { completeUpload } from "@/lib/files/complete-upload";
import { startUpload } from "@/lib/files/start-upload";
import type { SessionUser } from "@/lib/sessions/session-user";
import { storage, useStorageDriver } from "@/lib/storage";
import { createDiskDriver } from "@/lib/storage/disk-driver";
import { createAdmin, createClient, sessionUserOf } from "../fixtures/matching";
import { enrolTwoFactor } from "../fixtures/two-factor";
import { samplePdf } from "../support/file-samples";

// attachFiles, which every place files appear calls inside its own transaction, and the access rule's
// owner and admin cases.

const diskRoot = mkdtempSync(path.join(tmpdir(), "vetted-files-attach-"));
beforeAll(() => useStorageDriver(createDiskDriver(diskRoot)));
afterAll(() => {
  useStorageDriver(null);
  rmSync(diskRoot, { recursive: true, force: true });
});

async function readyPdf(user: SessionUser, purpose: "CHAT_ATTACHMENT" | "REQUEST_BRIEF" = "CHAT_ATTACHMENT") {
  const bytes = samplePdf();
  const { file } = await startUpload({ user, purpose, name: "brief.pdf", size: bytes.length, contentType: "application/pdf", now: new Date() });
  const { storageKey } = await db.storedFile.findUniqueOrThrow({ where: { id: file.id }, select: { storageKey: true } });
  await storage().putObject(storageKey, bytes, "application/pdf");
  await completeUpload({ user, fileId: file.id, now: new Date() });
  return file.id;
}

const attach = (user: SessionUser, fileIds: string[], purpose: "CHAT_ATTACHMENT" | "REQUEST_BRIEF" = "CHAT_ATTACHMENT") =>
  db.$transaction((tx) => attachFiles(tx, { user, fileIds, purpose, attach: {}, now: new Date() }));

describe("attachFiles", () => {
  it("attaches the user's own ready files once, and names the file it refuses", async () => {
    const user = await createClient();
    const [first, second] = await Promise.all([readyPdf(user), readyPdf(user)]);
    expect(await attach(user, [first, second, first])).toEqual([first, second]);
    expect((await db.storedFile.findUniqueOrThrow({ where: { id: first } })).attachedAt).not.toBeNull();
    await expect(attach(user, [first])).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      message: "“brief.pdf” is already attached elsewhere: upload it again here.",
    });
  });

  it("refuses another user's file, an unfinished upload and a file uploaded for another place, attaching none of the batch", async () => {
    const [user, stranger] = await Promise.all([createClient(), createClient()]);
    const own = await readyPdf(user);
    const theirs = await readyPdf(stranger);
    await expect(attach(user, [own, theirs])).rejects.toMatchObject({ message: "One of the files was not found: upload it again." });
    const { file: pending } = await startUpload({
      user,
      purpose: "CHAT_ATTACHMENT",
      name: "later.pdf",
      size: 10,
      contentType: "application/pdf",
      now: new Date(),
    });
    await expect(attach(user, [pending.id])).rejects.toMatchObject({ message: "“later.pdf” has not finished uploading." });
    await expect(attach(user, [own], "REQUEST_BRIEF")).rejects.toMatchObject({ message: "“brief.pdf” was uploaded for somewhere else: upload it again here." });
    expect((await db.storedFile.findUniqueOrThrow({ where: { id: own } })).attachedAt).toBeNull();
  });

  it("lets two concurrent attachments of one file win once", async () => {
    const user = await createClient();
    const id = await readyPdf(user);
    const outcomes = await Promise.allSettled([attach(user, [id]), attach(user, [id])]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
  });
});

describe("canReadFile", () => {
  it("lets the uploader and an admin with two-factor authentication read a ready file, and nobody else", async () => {
    const [owner, stranger, admin] = await Promise.all([createClient(), createClient(), createAdmin()]);
    const file = await db.storedFile.findUniqueOrThrow({ where: { id: await readyPdf(owner) }, select: fileAccessSelect });
    expect(await canReadFile(owner, file)).toBe(true);
    expect(await canReadFile(stranger, file)).toBe(false);
    expect(await canReadFile({ ...admin, isTwoFactorEnabled: false }, file)).toBe(false);
    await enrolTwoFactor(admin.id);
    expect(await canReadFile(await sessionUserOf(admin.id), file)).toBe(true);
  });
});
