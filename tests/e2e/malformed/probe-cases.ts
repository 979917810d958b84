import type { MalformedCase, Operation } from "./generate";

// Two probes for every state-changing operation of the OpenAPI document, each sent by a caller who may
// call it, with ids the caller owns — so that only the probe itself can be the reason for a refusal:
// - a cross-site form post (what a hostile page can make a signed-in browser send) must be a 403;
// - a JSON body of nothing but an unknown field must be a 400, whether or not the operation takes a body
//   (unless it takes raw bytes: a file upload).

const WEBHOOK = "POST /api/webhooks/stripe";
const HOSTILE_ORIGIN = "https://attacker.example";

const stateChanging = (operations: Operation[]) => operations.filter((operation) => operation.method !== "GET" && operation.key !== WEBHOOK);

function probe(
  operation: Operation,
  index: number,
  fields: Pick<MalformedCase, "body" | "contentType" | "headers" | "expect" | "kind" | "detail">,
): MalformedCase {
  return { id: index, operation: operation.key, method: operation.method, path: operation.path, ids: "owned", caller: "operation", ...fields };
}

/** A plain HTML form posted from another site: url-encoded body, the other site's Origin. */
export function crossSiteFormPosts(operations: Operation[]): MalformedCase[] {
  return stateChanging(operations).flatMap((operation, index) => [
    probe(operation, index * 2, {
      body: "decision=ACCEPT&confirmsAvailabilityAndRate=true",
      contentType: "application/x-www-form-urlencoded",
      headers: { origin: HOSTILE_ORIGIN },
      expect: "forbidden",
      kind: "csrf.form-post",
      detail: `form post from ${HOSTILE_ORIGIN}`,
    }),
    // Without Origin, as some older browsers send a form: the fetch metadata still says cross-site.
    probe(operation, index * 2 + 1, {
      body: "",
      contentType: "text/plain",
      headers: { "sec-fetch-site": "cross-site" },
      expect: "forbidden",
      kind: "csrf.fetch-metadata",
      detail: "body-less post marked Sec-Fetch-Site: cross-site",
    }),
  ]);
}

export function unexpectedFieldPosts(operations: Operation[]): MalformedCase[] {
  // An upload of raw bytes has no fields: `{ "unexpected": 1 }` is a file's content to it.
  return stateChanging(operations.filter((operation) => !operation.isRawBody)).map((operation, index) =>
    probe(operation, index, { body: JSON.stringify({ unexpected: 1 }), expect: "bad-request", kind: "body.unexpected-field", detail: '{ "unexpected": 1 }' }),
  );
}
