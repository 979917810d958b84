import { Readable } from "node:stream";
import { SECURITY_HEADERS } from "@/lib/api/respond";
import { AppError } from "@/lib/errors";
import { contentDisposition } from "./content-disposition";
import { type createDiskDriver, ObjectExistsError, UploadTooLargeError } from "./disk-driver";
import { storage } from "./index";
import { type DownloadGrant, type UploadGrant, verifyGrant } from "./signed-token";

// The disk driver's upload and download addresses: what S3 would serve for presigned URLs. Only the
// signature decides (there is no session check: the URL is the permission, and it expires).

// The app's security headers (nosniff among them), with the file's own Content-Security-Policy instead of the pages'.
const { "Content-Security-Policy": _pagePolicy, ...FILE_HEADERS } = SECURITY_HEADERS;

const INVALID_LINK = "This link is not valid. Open the file again from Vetted to get a new one.";

function diskDriver() {
  const driver = storage();
  if (driver.name !== "disk") throw new AppError("NOT_FOUND", "This address serves files only with the disk storage driver.");
  return driver as ReturnType<typeof createDiskDriver>;
}

export async function receiveDiskUpload({ token, request, now }: { token: string; request: Request; now: Date }) {
  const driver = diskDriver();
  const checked = verifyGrant<UploadGrant>(token, "put", now);
  if (!checked.ok) {
    throw new AppError("FORBIDDEN", checked.reason === "expired" ? "This upload link has expired. Start the upload again." : INVALID_LINK);
  }
  const { key, maxBytes } = checked.grant;
  const tooLarge = new AppError("PAYLOAD_TOO_LARGE", `The file is larger than the ${maxBytes} bytes this upload was started for.`);
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge;
  try {
    const size = await driver.receiveUpload(
      key,
      request.body ? Readable.fromWeb(request.body as import("node:stream/web").ReadableStream) : Readable.from([]),
      maxBytes,
    );
    return { size };
  } catch (error) {
    if (error instanceof UploadTooLargeError) throw tooLarge;
    if (error instanceof ObjectExistsError) throw new AppError("CONFLICT", "This file was already uploaded. Start a new upload to send another.");
    throw error;
  }
}

/** An uploaded file is never a page of ours: no scripts, whatever it holds (Chromium's PDF viewer refuses a sandbox). */
const fileContentSecurityPolicy = (type: string, inline: boolean) =>
  inline && type === "application/pdf" ? "default-src 'none'; object-src 'self'" : "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

export async function serveDiskDownload({ token, now }: { token: string; now: Date }) {
  const driver = diskDriver();
  const checked = verifyGrant<DownloadGrant>(token, "get", now);
  if (!checked.ok)
    throw new AppError("FORBIDDEN", checked.reason === "expired" ? "This download link has expired. Open the file again from Vetted." : INVALID_LINK);
  const { key, name, type, inline } = checked.grant;
  const size = await driver.stat(key);
  if (!size) throw new AppError("NOT_FOUND", "This file no longer exists.");
  const body = Readable.toWeb(await driver.openRead(key)) as ReadableStream<Uint8Array>;
  return new Response(body, {
    headers: {
      ...FILE_HEADERS,
      "content-type": type,
      "content-length": String(size.size),
      "content-disposition": contentDisposition(name, inline),
      "content-security-policy": fileContentSecurityPolicy(type, inline),
      "cache-control": "private, no-store",
    },
  });
}
