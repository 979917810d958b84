import { deflateSync } from "node:zlib";
import { PRIMARY_URL } from "./ports";

// Real files for attachment tests (their type is checked by their bytes), and an upload through the
// API the way the browser's uploader does it: start, send the bytes to the signed target, complete.

export type TestFile = { name: string; mimeType: string; buffer: Buffer };

function crc32(bytes: Buffer) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A `size`×`size` PNG in one colour. */
export function pngFile(name: string, size = 64, rgb: [number, number, number] = [79, 70, 229]): TestFile {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, truecolour
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => rgb).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: size }, () => row)));
  const buffer = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", pixels),
    chunk("IEND", Buffer.alloc(0)),
  ]);
  return { name, mimeType: "image/png", buffer };
}

/** A small, valid one-page PDF carrying `text`, so a download can be compared byte for byte. */
export function pdfFile(name: string, text: string): TestFile {
  const stream = `BT /F1 12 Tf 72 720 Td (${text.replace(/[()\\]/g, "")}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return { name, mimeType: "application/pdf", buffer: Buffer.from(body, "latin1") };
}

/** A Windows program renamed to look like a picture: its bytes give it away. */
export function disguisedExecutable(name = "holiday.png"): TestFile {
  const buffer = Buffer.alloc(512);
  buffer.write("MZ", 0, "ascii");
  buffer.writeUInt32LE(0x80, 0x3c);
  buffer.write("PE\0\0", 0x80, "latin1");
  return { name, mimeType: "image/png", buffer };
}

type Upload = { method: "PUT" | "POST"; url: string; headers?: Record<string, string>; fields?: Record<string, string> };
type UploadedFile = { id: string; status: "PENDING" | "READY" | "REJECTED"; rejectedReason: string | null };

/** Uploads `file` as `cookie`'s user; returns the file as completing it left it (READY or REJECTED). */
export async function uploadThroughApi(cookie: string, purpose: string, file: TestFile): Promise<UploadedFile> {
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${PRIMARY_URL}${path}`, {
      method,
      headers: { cookie, ...(body !== undefined && { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };
  const started = (await call("POST", "/api/v1/files", { purpose, name: file.name, size: file.buffer.length, contentType: file.mimeType })) as {
    file: UploadedFile;
    upload: Upload;
  };
  const target = new URL(started.upload.url, PRIMARY_URL);
  let sent: Response;
  if (started.upload.method === "PUT") {
    sent = await fetch(target, { method: "PUT", headers: { cookie, ...started.upload.headers }, body: new Uint8Array(file.buffer) });
  } else {
    const form = new FormData();
    for (const [key, value] of Object.entries(started.upload.fields ?? {})) form.append(key, value);
    form.append("file", new Blob([new Uint8Array(file.buffer)], { type: file.mimeType }), file.name);
    sent = await fetch(target, { method: "POST", headers: { cookie }, body: form });
  }
  if (!sent.ok) throw new Error(`uploading ${file.name}: ${sent.status} ${await sent.text()}`);
  const completed = await fetch(`${PRIMARY_URL}/api/v1/files/${started.file.id}/complete`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json" },
    body: "{}",
  });
  const answer = await completed.json();
  // A file that fails its checks is refused (422) with the reason, and deleted.
  if (completed.status === 422) return { id: started.file.id, status: "REJECTED", rejectedReason: answer.error.message };
  if (!completed.ok) throw new Error(`completing ${file.name}: ${completed.status} ${JSON.stringify(answer)}`);
  return (answer as { file: UploadedFile }).file;
}
