import type { Random } from "./prng";

// The catalogue of hostile values the mutations are made of.

export const KILOBYTES_10 = "a".repeat(10 * 1024);
export const MEGABYTES_1_2 = "a".repeat(Math.round(1.2 * 1024 * 1024));

export const UNICODE_EDGE_CASES: Record<string, string> = {
  "lone high surrogate": "\ud800",
  "lone low surrogate": "x\udfffx",
  "reversed surrogate pair": "\udc00\ud800",
  "RTL override": "\u202egnp.exe\u202c",
  "zero-width joiners": "a\u200db\u200dc",
  "zero-width space only": "\u200b\u200b",
  "byte order mark": "\ufeff",
  "emoji ZWJ sequence": "\u{1f469}\u200d\u{1f469}\u200d\u{1f467}\u200d\u{1f466}",
  "flag and skin tone": "\u{1f1fa}\u{1f1f3}\u{1f44d}\u{1f3fd}",
  NUL: "\u0000",
  "NUL inside": "probe\u0000probe",
  "combining marks": "Z\u0337\u0322\u031b\u032d\u0348a\u0336l\u0334g\u0335o\u0338",
  "5,000 combining marks": `e${"\u0301".repeat(5000)}`,
  "astral 𝕏": "\u{1d54f}",
  "astral 𝕏 x 1,000": "\u{1d54f}".repeat(1000),
  "C0 and C1 controls": "\u0001\u001f\u007f\u0085\u009f",
  "terminal escape": "\u001b[31mred\u001b[0m\u0007",
  "line and paragraph separators": "a\u2028b\u2029c",
  noncharacters: "\uffff\ufffe\u{10ffff}",
  "replacement character": "\ufffd",
  fullwidth: "\uff21\uff24\uff2d\uff29\uff2e",
  "CJK and Arabic": "\u691c\u8a3c\u6e08\u307f \u0645\u0631\u062d\u0628\u0627",
  "private use": "\ue000\udb80\udc00",
};

export const HOSTILE_TEXT: Record<string, string> = {
  "SQL tautology": "' OR '1'='1' --",
  "SQL stacked": "Robert'); DROP TABLE users;--",
  "SQL union": '1 UNION SELECT "passwordHash" FROM users',
  "HTML script": "<script>alert(document.cookie)</script>",
  "HTML attribute": '"><img src=x onerror=alert(1)>',
  templates: "{{7*7}} ${7*7} <%= 7*7 %>",
  "JNDI lookup": "${jndi:ldap://example.test/a}",
  "path traversal": "../../../../etc/passwd",
  "CRLF injection": "probe\r\nX-Injected: yes",
  "format string": "%s%s%s%n%x",
  "operator object text": '{"$gt":""}',
  "prototype key text": "__proto__",
};

export const NUMBERS: Record<string, number> = {
  "-1": -1,
  "0": 0,
  "1.5": 1.5,
  "1e308": 1e308,
  "-1e308": -1e308,
  "2**53+1": 2 ** 53 + 1,
  "-(2**53+1)": -(2 ** 53 + 1),
  "5e-324": 5e-324,
};

export const NUMERIC_LOOKING_STRINGS = ["NaN", "Infinity", "-Infinity", "1e3", "0x10", "", " 7 ", "1,000", "12abc"];

export const WRONG_TYPE_VALUES: Record<string, unknown> = {
  string: "malformedprobe",
  number: 12345,
  boolean: true,
  null: null,
  array: [],
  object: {},
};

/** JSON types a value of each schema type must not be replaced with (integer and number are one JSON type here). */
export const JSON_TYPE_OF: Record<string, string> = {
  string: "string",
  number: "number",
  integer: "number",
  boolean: "boolean",
  null: "null",
  array: "array",
  object: "object",
};

const DANGEROUS_RANGES: [number, number][] = [
  [0x0000, 0x001f],
  [0x007f, 0x009f],
  [0x0300, 0x036f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2066, 0x2069],
  [0xd800, 0xdfff],
  [0xfff0, 0xffff],
  [0x1f300, 0x1faff],
  [0x1d400, 0x1d7ff],
];

/** A random string of 1–40 characters from the ranges that break naive text handling. */
export function randomNastyString(random: Random): string {
  const length = 1 + random.int(40);
  let text = "";
  for (let index = 0; index < length; index++) {
    const [low, high] = random.pick(DANGEROUS_RANGES);
    text += String.fromCodePoint(low + random.int(high - low + 1));
  }
  return text;
}
