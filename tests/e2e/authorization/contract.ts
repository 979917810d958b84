import { API_OPERATIONS } from "../../../lib/endpoints/operation-list";
import type { AnyOperation } from "../../../lib/api/operation";
import type { Answer } from "./judge";
import type { RouteEntry } from "./matrix";

// The contract half of the matrix: every success answer of a declared operation has the status the
// declaration names and a body its output schema accepts (the same check the server makes outside
// production, made again here from the caller's side), and every operation is seen succeeding at least
// once, so that no declaration goes unchecked.

const OPERATIONS = new Map<string, AnyOperation>(API_OPERATIONS.map((operation) => [`${operation.method} ${operation.path}`, operation]));

/** The matrix writes paths as Next did ("[id]"); declarations as OpenAPI does ("{id}"). */
export const operationOf = (entry: RouteEntry) => OPERATIONS.get(`${entry.method} ${entry.path.replace(/\[(\w+)\]/g, "{$1}")}`);

/** Statuses a success may have besides the declared one: a retry that finds its first answer answers 200. */
const ALSO_SUCCESS: Record<string, number[]> = {
  "POST /api/v1/conversations/{id}/messages": [200],
};

export function contractProblems(entry: RouteEntry, answer: Answer): string[] {
  const operation = operationOf(entry);
  if (!operation || answer.status < 200 || answer.status >= 300) return [];
  const key = `${operation.method} ${operation.path}`;
  const problems: string[] = [];
  if (answer.status !== operation.output.status && !ALSO_SUCCESS[key]?.includes(answer.status)) {
    problems.push(`answered ${answer.status}, but ${key} declares ${operation.output.status}`);
  }
  const schema = operation.output.schema;
  if (schema && !answer.contentType.startsWith("text/event-stream")) {
    const parsed = schema.safeParse(answer.json);
    if (!parsed.success) problems.push(`the body is outside the declared output schema: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
  }
  return problems;
}

/** Declared operations that no cell saw succeed. */
export function operationsNeverSucceeded(succeeded: ReadonlySet<string>): string[] {
  return [...OPERATIONS.keys()].filter((key) => !succeeded.has(key));
}
