import { readdirSync, readFileSync } from "node:fs";
import type { AnyOperation } from "../../../lib/api/operation";
import { API_OPERATIONS } from "../../../lib/endpoints/operation-list";
import type { Answer } from "./judge";
import type { RouteEntry } from "./matrix";

// The contract half of the matrix: every success answer of a declared operation has the status the
// declaration names and a body its output schema accepts (the same check the server makes outside
// production, made again here from the caller's side). Every operation must be seen succeeding, so
// that no declaration goes unchecked: here, or — for writes the matrix's one world cannot bring into
// the state they need (a submitted milestone, a rejected application past its wait) — in an
// integration test that calls it through runOperation, where the same output check runs.

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

/** "POST /api/v1/contracts" → the name its file exports ("proposeContractOperation"), read from lib/. */
function declarationNames(): Map<string, string> {
  const names = new Map<string, string>();
  const files = readdirSync("lib", { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".operation.ts"));
  for (const file of files) {
    const source = readFileSync(`lib/${file}`, "utf8");
    const name = /export const (\w+) = defineOperation/.exec(source)?.[1];
    const method = /\bmethod:\s*"(\w+)"/.exec(source)?.[1];
    const path = /\bpath:\s*"([^"]+)"/.exec(source)?.[1];
    if (name && method && path) names.set(`${method} ${path}`, name);
  }
  return names;
}

/** The integration tests that call an operation by its declaration (callOperation), whose answers runOperation checks. */
function integrationTestSources(): string[] {
  const directory = "tests/integration";
  return readdirSync(directory)
    .filter((file) => file.endsWith(".test.ts"))
    .map((file) => readFileSync(`${directory}/${file}`, "utf8"))
    .filter((source) => source.includes("callOperation("));
}

/** Declared operations that no cell saw succeed and no integration test calls through its declaration. */
export function operationsNeverSucceeded(succeeded: ReadonlySet<string>): string[] {
  const names = declarationNames();
  const sources = integrationTestSources();
  return [...OPERATIONS.keys()].filter((key) => {
    if (succeeded.has(key)) return false;
    const name = names.get(key);
    return !name || !sources.some((source) => new RegExp(`callOperation\\(\\s*${name}\\b`).test(source));
  });
}
