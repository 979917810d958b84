import { readFileSync } from "node:fs";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import type { PDFDocument, PDFFont } from "pdf-lib";

// Money documents carry people's and companies' names as they typed them (Zoë, Łukasz, Иван, Νίκος,
// Nguyễn), so the PDF fonts are Inter as static TrueType files: the Latin, Latin Extended, Cyrillic,
// Greek and Vietnamese ranges in one file per weight. (The app's own Inter is a variable WOFF2 split
// by script, which fontkit cannot subset into a PDF.) Subsetting keeps a receipt at a few kilobytes.
// Anything the font has no glyph for (CJK, emoji) is folded to its base letter or "?" by `fitText`,
// so a document never shows an empty box or fails to render.

/** Inside the @expo-google-fonts/inter package (scripts/build-server.ts copies them into the production build). */
export const FONT_FILES = {
  regular: "400Regular/Inter_400Regular.ttf",
  bold: "700Bold/Inter_700Bold.ttf",
} as const;

export type FontWeight = keyof typeof FONT_FILES;
export type PdfFonts = Record<FontWeight, PDFFont>;

const bytesCache = new Map<FontWeight, Uint8Array>();

function fontBytes(weight: FontWeight): Uint8Array {
  let bytes = bytesCache.get(weight);
  if (!bytes) {
    // Found through the package's own package.json at run time, so no bundler tries to load a font as a module.
    const packageDir = path.dirname(require.resolve("@expo-google-fonts/inter/package.json"));
    bytes = readFileSync(path.join(packageDir, FONT_FILES[weight]));
    bytesCache.set(weight, bytes);
  }
  return bytes;
}

export async function embedFonts(doc: PDFDocument): Promise<PdfFonts> {
  doc.registerFontkit(fontkit);
  const [regular, bold] = await Promise.all([doc.embedFont(fontBytes("regular"), { subset: true }), doc.embedFont(fontBytes("bold"), { subset: true })]);
  return { regular, bold };
}

const charsetCache = new WeakMap<PDFFont, Set<number>>();

function charsetOf(font: PDFFont): Set<number> {
  let set = charsetCache.get(font);
  if (!set) {
    set = new Set(font.getCharacterSet());
    charsetCache.set(font, set);
  }
  return set;
}

const COMBINING_MARKS = /\p{M}/gu;
const CONTROL = /[\p{Cc}\p{Zl}\p{Zp}]/gu;

/**
 * The text as this font can draw it: line breaks and tabs become spaces, characters without a glyph
 * fall back to their base letters (NFKD without combining marks: "ǅ" → "DŽ", "ﬁ" → "fi") and
 * otherwise to "?".
 */
export function fitText(font: PDFFont, text: string): string {
  const charset = charsetOf(font);
  let out = "";
  for (const char of text.replace(CONTROL, " ")) {
    const code = char.codePointAt(0) ?? 0;
    if (charset.has(code)) {
      out += char;
      continue;
    }
    const folded = char.normalize("NFKD").replace(COMBINING_MARKS, "");
    const drawable = folded.length > 0 && [...folded].every((part) => charset.has(part.codePointAt(0) ?? 0));
    out += drawable ? folded : "?";
  }
  return out;
}

const advanceCache = new WeakMap<PDFFont, Map<string, number>>();

/**
 * The width of already-fitted text at this size, from cached per-character advances. pdf-lib's own
 * widthOfTextAtSize runs a full text layout per call, which made wrapping a long table take seconds.
 */
export function measureText(font: PDFFont, text: string, size: number): number {
  let advances = advanceCache.get(font);
  if (!advances) {
    advances = new Map();
    advanceCache.set(font, advances);
  }
  let width = 0;
  for (const char of text) {
    let advance = advances.get(char);
    if (advance === undefined) {
      advance = font.widthOfTextAtSize(char, 1000);
      advances.set(char, advance);
    }
    width += advance;
  }
  return (width * size) / 1000;
}
