import { isUtf8 } from "node:buffer";
import type { Readable } from "node:stream";
import { fileTypeFromBuffer } from "file-type";
import type { FilePurpose } from "@/generated/prisma/enums";
import { storage } from "@/lib/storage";
import { ALLOWED_KINDS, claimedKind, describeDetected, FILE_KINDS, type FileKindName, kindByMime } from "./content-types";
import { SNIFF_BYTES } from "./limits";

// What an uploaded object really is, from its first bytes (a range read), whatever its name says.

export type Inspection = { ok: true; kind: FileKindName } | { ok: false; reason: string };

/** How many bytes at the end of `bytes` start a UTF-8 sequence that the next chunk completes. */
function incompleteTail(bytes: Buffer) {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back];
    if ((byte & 0xc0) !== 0x80) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
      return length > back ? back : 0;
    }
  }
  return 0;
}

/**
 * Text is valid UTF-8 without NUL characters, checked over the whole object as it streams by, without
 * decoding it into strings (a 25 MB file would otherwise leave 50 MB of them for the collector).
 */
export async function isUtf8Text(body: Readable) {
  let carried = Buffer.alloc(0);
  try {
    for await (const chunk of body) {
      const bytes = carried.length ? Buffer.concat([carried, chunk as Buffer]) : (chunk as Buffer);
      if (bytes.includes(0)) return false;
      const tail = incompleteTail(bytes);
      if (!isUtf8(bytes.subarray(0, bytes.length - tail))) return false;
      carried = Buffer.from(bytes.subarray(bytes.length - tail));
    }
    return carried.length === 0;
  } finally {
    body.destroy();
  }
}

export async function inspectUpload({
  key,
  size,
  name,
  declaredType,
  purpose,
}: {
  key: string;
  size: number;
  name: string;
  declaredType: string;
  purpose: FilePurpose;
}): Promise<Inspection> {
  const claimed = claimedKind(name, declaredType) ?? kindByMime(declaredType);
  const claimedLabel = claimed ? FILE_KINDS[claimed].label : "a file accepted here";
  const allowed = ALLOWED_KINDS[purpose];
  const head = await storage().readRange(key, 0, Math.min(size, SNIFF_BYTES) - 1);
  const detected = await fileTypeFromBuffer(head);
  if (!detected) {
    if (claimed && FILE_KINDS[claimed].isText && allowed.includes(claimed)) {
      return (await isUtf8Text(await storage().openRead(key)))
        ? { ok: true, kind: claimed }
        : { ok: false, reason: `This file is not plain UTF-8 text, so it is not ${claimedLabel}.` };
    }
    return { ok: false, reason: `Vetted could not recognise this file's type from its contents, so it is not ${claimedLabel}.` };
  }
  // Office files are ZIP archives; when their telling entries lie beyond the bytes read, the name decides.
  if (detected.ext === "zip" && claimed && FILE_KINDS[claimed].isZipBased && allowed.includes(claimed)) return { ok: true, kind: claimed };
  const kind = (kindByMime(detected.mime) ?? (detected.ext in FILE_KINDS ? detected.ext : null)) as FileKindName | null;
  if (kind && allowed.includes(kind)) return { ok: true, kind };
  const what = describeDetected(detected.ext);
  return { ok: false, reason: kind === claimed ? `${capitalize(what)} cannot be uploaded here.` : `This file is ${what}, not ${claimedLabel}.` };
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
