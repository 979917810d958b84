// Whole-request mutations of a JSON body: broken JSON, the wrong media type, empty and oversized bodies.

export type RequestMutation = {
  kind: string;
  detail: string;
  text: string;
  /** undefined: application/json; null: no Content-Type header at all. */
  contentType?: string | null;
  headers?: Record<string, string>;
  /** Replace the JSON escape `\u0001` in the text with bytes that are not UTF-8 before sending. */
  hasInvalidUtf8?: boolean;
};

export const INVALID_UTF8_MARKER = "\\u0001";
export const INVALID_UTF8_BYTES = [0xc3, 0x28, 0xa0, 0xa1, 0xff, 0xfe, 0xed, 0xa0, 0x80];

export function requestMutations(valid: string): RequestMutation[] {
  const inner = valid.slice(1, -1);
  const invalidJson: [string, string][] = [
    ["truncated in half", valid.slice(0, Math.max(1, Math.floor(valid.length / 2)))],
    ["missing closing brace", valid.slice(0, -1)],
    ["trailing comma", inner ? `{${inner},}` : "{,}"],
    ['a lone "{"', "{"],
    ['a lone "}"', "}"],
    ["single quotes", inner ? `{${inner.replaceAll('"', "'")}}` : "{'a':1}"],
    ["unquoted keys", '{title: "x", rating: 1}'],
    ["a comment", `/* comment */ ${valid}`],
    ["NaN literal", '{"amountCents": NaN}'],
    ["Infinity literal", '{"amountCents": Infinity}'],
    ["undefined literal", '{"note": undefined}'],
    ["unterminated string", '{"note": "unterminated}'],
    ["raw control character in a string", '{"note": "a\u0001b"}'],
    ["bad escape", '{"note": "\\x41"}'],
    ["lone backslash", '{"note": "\\"}'],
    ["byte order mark before JSON", `\ufeff${valid}`],
    ["trailing garbage", `${valid}garbage`],
    ["two documents", `${valid}${valid}`],
    ["NDJSON", `${valid}\n${valid}\n`],
    ["unclosed 50,000-deep array", "[".repeat(50_000)],
    ["XML", '<?xml version="1.0"?><request><title>x</title></request>'],
    ["form encoding sent as JSON", "title=x&rating=1"],
  ];
  const validJsonNonObjects: [string, string][] = [
    ["a bare string", '"hello"'],
    ["null", "null"],
    ["an array", "[]"],
    ["an array of the body", `[${valid}]`],
    ["a number", "0"],
    ["a huge number", "1e400"],
    ["true", "true"],
    ["5,000-deep nested arrays", `${"[".repeat(5000)}${"]".repeat(5000)}`],
  ];
  const mutations: RequestMutation[] = [
    ...invalidJson.map(([detail, text]) => ({ kind: "request.invalid-json", detail, text })),
    ...validJsonNonObjects.map(([detail, text]) => ({ kind: "request.not-an-object", detail, text })),
    { kind: "request.empty", detail: "empty body", text: "" },
    { kind: "request.empty", detail: "whitespace-only body", text: " \n\t " },
    {
      kind: "request.nested",
      detail: "5,000-deep nested object under an unknown key",
      text: `${inner ? `{${inner},` : "{"}"deep":${'{"a":'.repeat(5000)}1${"}".repeat(5001)}`,
    },
    {
      kind: "request.wide",
      detail: "50,000 unknown keys",
      text: `{${inner ? `${inner},` : ""}${Array.from({ length: 50_000 }, (_, index) => `"k${index}":${index}`).join(",")}}`,
    },
    { kind: "request.huge", detail: "1.5 MB body (ASCII padding)", text: `{${inner ? `${inner},` : ""}"padding":"${"a".repeat(1_572_864)}"}` },
    {
      kind: "request.huge",
      detail: "1.5 MB of 3-byte characters (under 1 M UTF-16 units)",
      text: `{${inner ? `${inner},` : ""}"padding":"${"\u20ac".repeat(524_288)}"}`,
    },
    {
      kind: "request.invalid-utf8",
      detail: "bytes that are not UTF-8 in a key",
      text: `{"${INVALID_UTF8_MARKER}":1${inner ? `,${inner}` : ""}}`,
      hasInvalidUtf8: true,
    },
    { kind: "request.encoding", detail: "Content-Encoding: gzip on plain JSON", text: valid, headers: { "content-encoding": "gzip" } },
  ];
  const wrongMediaTypes: [string, string | null, string][] = [
    ["text/plain", "text/plain", valid],
    ["text/plain with charset", "text/plain; charset=utf-8", valid],
    ["form-urlencoded", "application/x-www-form-urlencoded", "title=x&rating=1&note=hello"],
    ["multipart", "multipart/form-data; boundary=probe", '--probe\r\nContent-Disposition: form-data; name="title"\r\n\r\nx\r\n--probe--\r\n'],
    ["XML", "application/xml", valid],
    ["text/json", "text/json", valid],
    ["a JSON suffix type", "application/vnd.api+json", valid],
    ["octet-stream", "application/octet-stream", valid],
    ["empty header value", "", valid],
    ["no Content-Type", null, valid],
    ["garbage", "%%%;;;", valid],
    ["JSON as a parameter", "text/html; type=application/json", valid],
  ];
  for (const [detail, contentType, text] of wrongMediaTypes) mutations.push({ kind: "request.content-type", detail, contentType, text });
  return mutations;
}
