import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { claimedKind, describeDetected } from "@/lib/files/content-types";
import { sanitizeFileName } from "@/lib/files/file-name";
import { formatBytes } from "@/lib/files/format-bytes";
import { isUtf8Text } from "@/lib/files/inspect-upload";
import { productionConfigProblems } from "@/lib/production-safety";
import { contentDisposition } from "@/lib/storage/content-disposition";

describe("file names", () => {
  it("strips folders, control and bidirectional characters, and keeps the extension when shortening", () => {
    expect(sanitizeFileName("C:\\Users\\me\\report.pdf")).toBe("report.pdf");
    expect(sanitizeFileName("../../etc/passwd")).toBe("passwd");
    expect(sanitizeFileName("invoice\u202Egnp.exe")).toBe("invoicegnp.exe");
    expect(sanitizeFileName("a\u0000b\u0007c.txt")).toBe("abc.txt");
    expect(sanitizeFileName("...hidden")).toBe("hidden");
    expect(sanitizeFileName("   ")).toBe("file");
    const long = sanitizeFileName(`${"x".repeat(300)}.docx`);
    expect(long).toHaveLength(120);
    expect(long.endsWith(".docx")).toBe(true);
  });

  it("puts any name in Content-Disposition safely, with the exact name in filename*", () => {
    expect(contentDisposition('Q3 "plan" résumé.pdf', false)).toBe(
      `attachment; filename="Q3 _plan_ r_sum_.pdf"; filename*=UTF-8''Q3%20%22plan%22%20r%C3%A9sum%C3%A9.pdf`,
    );
    expect(contentDisposition("a.png", true)).toMatch(/^inline; /);
  });
});

describe("file kinds and sizes", () => {
  it("reads the claimed kind from the extension first, then the declared type", () => {
    expect(claimedKind("photo.JPEG", "")).toBe("jpg");
    expect(claimedKind("scan", "application/pdf")).toBe("pdf");
    expect(claimedKind("tool.exe", "application/octet-stream")).toBeNull();
    expect(describeDetected("exe")).toBe("a Windows program");
  });

  it("formats sizes as people read them", () => {
    expect(formatBytes(1)).toBe("1 byte");
    expect(formatBytes(1536)).toBe("1.5 KB");
    expect(formatBytes(25 * 1024 * 1024)).toBe("25 MB");
    expect(formatBytes(2 * 1024 ** 3 - 1000)).toBe("2 GB");
  });
});

describe("the text check", () => {
  const chunksOf = (bytes: Buffer, size: number) =>
    Readable.from(Array.from({ length: Math.ceil(bytes.length / size) }, (_, index) => bytes.subarray(index * size, index * size + size)));

  it("accepts UTF-8 whose characters are split across chunks, and refuses broken UTF-8 and NUL", async () => {
    const text = Buffer.from("naïve café — 日本語 ✓ 🚀\n".repeat(50));
    for (const size of [1, 2, 3, 5, 64]) expect(await isUtf8Text(chunksOf(text, size)), `chunks of ${size}`).toBe(true);
    expect(await isUtf8Text(chunksOf(Buffer.concat([text, Buffer.from([0xe6, 0x97])]), 7))).toBe(false);
    expect(await isUtf8Text(chunksOf(Buffer.from([0x61, 0xff, 0x62]), 1))).toBe(false);
    expect(await isUtf8Text(chunksOf(Buffer.from("a\u0000b"), 2))).toBe(false);
  });
});

describe("storage in production", () => {
  const base = { NODE_ENV: "production" };
  const storageProblems = (source: Record<string, string>) => productionConfigProblems({ ...base, ...source }).filter((problem) => /STORAGE|S3_/.test(problem));

  it("refuses the disk driver with more than one app instance", () => {
    expect(storageProblems({})).toEqual([]);
    expect(storageProblems({ APP_INSTANCES: "2" })).toEqual([expect.stringContaining("STORAGE_DRIVER is disk but APP_INSTANCES is 2")]);
  });

  it("needs a bucket and credentials for the S3 driver", () => {
    expect(storageProblems({ STORAGE_DRIVER: "s3", APP_INSTANCES: "3" })).toHaveLength(3);
    expect(storageProblems({ STORAGE_DRIVER: "s3", S3_BUCKET: "b", S3_ACCESS_KEY_ID: "k", S3_SECRET_ACCESS_KEY: "s", APP_INSTANCES: "3" })).toEqual([]);
  });
});
