import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { link, mkdir, open, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { signGrant } from "./signed-token";
import type { StorageDriver } from "./types";

// Files in a folder on this machine: the development default. The app itself plays the object
// storage's part: uploads and downloads go through short-lived HMAC-signed URLs it serves
// (lib/storage/disk-routes.ts), so the browser's side of the flow is the same as with S3.

export const DISK_UPLOAD_PATH = "/api/v1/storage/uploads";
export const DISK_DOWNLOAD_PATH = "/api/v1/storage/downloads";

export class UploadTooLargeError extends Error {}
export class ObjectExistsError extends Error {}

const SAFE_KEY = /^[A-Za-z0-9][A-Za-z0-9_.-]*(\/[A-Za-z0-9][A-Za-z0-9_.-]*)*$/;

export function createDiskDriver(root: string): StorageDriver & { receiveUpload(key: string, body: Readable, maxBytes: number): Promise<number> } {
  const base = path.resolve(root);

  function pathOf(key: string) {
    if (!SAFE_KEY.test(key) || key.split("/").includes("..")) throw new Error(`Unsafe storage key: ${key}`);
    return path.join(base, key);
  }

  /** Streams to a temporary file, then links it into place: a failed upload leaves nothing, a second one for the same key is refused. */
  async function writeOnce(key: string, body: Readable, maxBytes: number) {
    const target = pathOf(key);
    const partial = path.join(base, ".partial", `${randomBytes(12).toString("hex")}`);
    await mkdir(path.dirname(partial), { recursive: true });
    await mkdir(path.dirname(target), { recursive: true });
    let written = 0;
    const cap = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        written += chunk.length;
        callback(written > maxBytes ? new UploadTooLargeError(`more than ${maxBytes} bytes`) : null, chunk);
      },
    });
    try {
      await pipeline(body, cap, createWriteStream(partial, { flags: "wx" }));
      await link(partial, target).catch((error: NodeJS.ErrnoException) => {
        throw error.code === "EEXIST" ? new ObjectExistsError(key) : error;
      });
      return written;
    } finally {
      await rm(partial, { force: true });
    }
  }

  return {
    name: "disk",
    async createUpload({ key, contentType, maxBytes, expiresAt }) {
      pathOf(key);
      const token = signGrant({ op: "put", key, maxBytes, contentType, exp: Math.floor(expiresAt.getTime() / 1000) });
      return { method: "PUT", url: `${DISK_UPLOAD_PATH}/${token}`, headers: { "content-type": contentType } };
    },
    async signedDownloadUrl({ key, fileName, contentType, expiresInSeconds, inline = false }) {
      pathOf(key);
      const exp = Math.floor(Date.now() / 1000) + expiresInSeconds;
      return `${DISK_DOWNLOAD_PATH}/${signGrant({ op: "get", key, name: fileName, type: contentType, inline, exp })}`;
    },
    receiveUpload: writeOnce,
    async putObject(key, body) {
      await rm(pathOf(key), { force: true });
      await writeOnce(key, Buffer.isBuffer(body) ? Readable.from([body]) : body, Number.MAX_SAFE_INTEGER);
    },
    async readRange(key, start, end) {
      const handle = await open(pathOf(key), "r");
      try {
        const buffer = Buffer.alloc(end - start + 1);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, start);
        return buffer.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    },
    async openRead(key) {
      const file = pathOf(key);
      await stat(file); // a missing file fails here, not later mid-stream
      return createReadStream(file);
    },
    async stat(key) {
      try {
        return { size: (await stat(pathOf(key))).size };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async deleteObject(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
