import { z } from "zod";

// Path parameters as operations declare them: an id a URL can carry, or a 400 that names which one
// is malformed (lib/api/run-operation.ts answers with the first message).

/** A record id in the URL: anything else cannot name one of our records. */
export function pathId(what: string) {
  const malformed = `The ${what} id in the URL is malformed.`;
  return z.string({ error: malformed }).min(1, malformed).max(64, malformed);
}

/** `{ id }` for /…/{id}/…, e.g. `idPathSchema("applicant")`. */
export const idPathSchema = (what: string) => z.object({ id: pathId(what) });
