import type { FilePurpose } from "@/generated/prisma/enums";

// The kinds of file Vetted accepts, as their magic bytes show them (the `file-type` package), and
// which kinds each place accepts. Text has no magic bytes: it is checked to be UTF-8 without NUL.

export type FileKindName = "pdf" | "docx" | "xlsx" | "pptx" | "odt" | "zip" | "txt" | "csv" | "md" | "png" | "jpg" | "gif" | "webp";

export type FileKind = { extension: string; mime: string; label: string; isImage?: true; isText?: true; isZipBased?: true };

export const FILE_KINDS: Record<FileKindName, FileKind> = {
  pdf: { extension: "pdf", mime: "application/pdf", label: "a PDF document" },
  docx: { extension: "docx", mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", label: "a Word document", isZipBased: true },
  xlsx: { extension: "xlsx", mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", label: "an Excel spreadsheet", isZipBased: true },
  pptx: {
    extension: "pptx",
    mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    label: "a PowerPoint presentation",
    isZipBased: true,
  },
  odt: { extension: "odt", mime: "application/vnd.oasis.opendocument.text", label: "an OpenDocument text", isZipBased: true },
  zip: { extension: "zip", mime: "application/zip", label: "a ZIP archive" },
  txt: { extension: "txt", mime: "text/plain", label: "a text file", isText: true },
  csv: { extension: "csv", mime: "text/csv", label: "a CSV file", isText: true },
  md: { extension: "md", mime: "text/markdown", label: "a Markdown file", isText: true },
  png: { extension: "png", mime: "image/png", label: "a PNG image", isImage: true },
  jpg: { extension: "jpg", mime: "image/jpeg", label: "a JPEG image", isImage: true },
  gif: { extension: "gif", mime: "image/gif", label: "a GIF image", isImage: true },
  webp: { extension: "webp", mime: "image/webp", label: "a WebP image", isImage: true },
};

const IMAGES: FileKindName[] = ["png", "jpg", "gif", "webp"];
const DOCUMENTS: FileKindName[] = ["pdf", "docx", "xlsx", "pptx", "odt", "txt", "csv", "md", "zip"];

export const ALLOWED_KINDS: Record<FilePurpose, FileKindName[]> = {
  CHAT_ATTACHMENT: [...DOCUMENTS, ...IMAGES],
  MILESTONE_DELIVERABLE: [...DOCUMENTS, ...IMAGES],
  REQUEST_BRIEF: [...DOCUMENTS, ...IMAGES],
  PORTFOLIO: [...DOCUMENTS, ...IMAGES],
  PROFILE_PHOTO: IMAGES,
  DOCUMENT: ["pdf", "csv", "txt"],
  DISPUTE_EVIDENCE: [...DOCUMENTS, ...IMAGES],
};

const EXTENSION_ALIASES: Record<string, FileKindName> = { jpeg: "jpg", markdown: "md", text: "txt" };

/** Names for what people upload by mistake, for a message that says what the file really is. */
const KNOWN_OTHERS: Record<string, string> = {
  exe: "a Windows program",
  elf: "a Linux program",
  macho: "a macOS program",
  msi: "a Windows installer",
  dmg: "a macOS disk image",
  apk: "an Android app",
  doc: "an old-format Word document (.doc)",
  xls: "an old-format Excel spreadsheet (.xls)",
  ppt: "an old-format PowerPoint presentation (.ppt)",
  rar: "a RAR archive",
  "7z": "a 7-Zip archive",
  gz: "a gzip archive",
  tar: "a tar archive",
  svg: "an SVG image",
  heic: "a HEIC photo",
  avif: "an AVIF image",
  tif: "a TIFF image",
  bmp: "a BMP image",
  mp4: "an MP4 video",
  mov: "a QuickTime video",
  mp3: "an MP3 audio file",
  html: "a web page",
  xml: "an XML file",
  sqlite: "a database file",
};

export const extensionOf = (name: string) => name.toLowerCase().match(/\.([a-z0-9]{1,10})$/)?.[1] ?? "";

/** The kind a name and a declared type claim to be: the extension first (browsers often send no type). */
export function claimedKind(name: string, declaredType: string): FileKindName | null {
  const extension = extensionOf(name);
  const byExtension = (EXTENSION_ALIASES[extension] ?? extension) as FileKindName;
  if (byExtension in FILE_KINDS) return byExtension;
  const mime = declaredType.split(";")[0].trim().toLowerCase();
  return (Object.keys(FILE_KINDS) as FileKindName[]).find((kind) => FILE_KINDS[kind].mime === mime) ?? null;
}

export function kindByMime(mime: string): FileKindName | null {
  return (Object.keys(FILE_KINDS) as FileKindName[]).find((kind) => FILE_KINDS[kind].mime === mime) ?? null;
}

export function describeDetected(extension: string | undefined): string {
  if (!extension) return "a file of a kind we could not recognise";
  const kind = (EXTENSION_ALIASES[extension] ?? extension) as FileKindName;
  return kind in FILE_KINDS ? FILE_KINDS[kind].label : (KNOWN_OTHERS[extension] ?? `a .${extension} file`);
}

/** "PDF, DOCX, … or WEBP": what a place accepts, for messages. */
export function acceptedList(purpose: FilePurpose) {
  const names = ALLOWED_KINDS[purpose].map((kind) => kind.toUpperCase());
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} or ${names.at(-1)}` : names[0];
}

export const isImageType = (contentType: string) => IMAGES.some((kind) => FILE_KINDS[kind].mime === contentType);

/** The accept attribute of a file input for a purpose: extensions and types. */
export function acceptAttribute(purpose: FilePurpose) {
  return ALLOWED_KINDS[purpose].flatMap((kind) => [`.${FILE_KINDS[kind].extension}`, FILE_KINDS[kind].mime]).join(",");
}
