// A display name that is safe to show and to put in a Content-Disposition header: no folders, no
// control or bidirectional-override characters (which can make "exe.png" read as "png.exe"), no
// leading dots, at most 120 characters with the extension kept.

const MAX_NAME_LENGTH = 120;
const BIDI_CONTROLS = new Set([0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);

/** C0/C1 controls, and the bidirectional marks, embeddings, overrides and isolates. */
function isUnsafeCharacter(character: string) {
  const code = character.codePointAt(0) ?? 0;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || BIDI_CONTROLS.has(code);
}

export function sanitizeFileName(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? "";
  let name = [...base.normalize("NFC")]
    .filter((character) => !isUnsafeCharacter(character))
    .join("")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "");
  if (!name) return "file";
  if ([...name].length > MAX_NAME_LENGTH) {
    const extension = name.match(/\.[A-Za-z0-9]{1,10}$/)?.[0] ?? "";
    const stem = [...name.slice(0, name.length - extension.length)].slice(0, MAX_NAME_LENGTH - extension.length).join("");
    name = `${stem.trim()}${extension}`;
  }
  return name;
}

/** The name with its extension replaced, when the content turned out to be another kind of the same family. */
export function withExtension(name: string, extension: string) {
  const stem = name.replace(/\.[A-Za-z0-9]{1,10}$/, "");
  return `${stem}.${extension}`;
}
