import { type ErrorCode, HTTP_STATUS } from "../../../lib/errors";
import { ACTOR_LABEL, type Actor, leakedSecrets, secretsHiddenFrom } from "./actors";
import type { World } from "./fixtures";

// What every answer must satisfy, whatever the matrix expects: no 5xx, a refusal in the API's error
// shape with the code that matches its status, and nothing of the other set's people or records.

export type Answer = { status: number; location: string | null; contentType: string; text: string; json: unknown };

export const excerpt = (text: string, length = 240) => (text.length > length ? `${text.slice(0, length)}…` : text).replace(/\s+/g, " ");

export function describeCell(what: string, actor: Actor) {
  return `${what} as ${ACTOR_LABEL[actor]}`;
}

export function errorShapeProblem(answer: Answer): string | null {
  const error = (answer.json as { error?: { code?: unknown; message?: unknown; fields?: unknown } } | null)?.error;
  if (!error || typeof error.code !== "string" || typeof error.message !== "string") {
    return `a ${answer.status} without the { error: { code, message } } shape: ${excerpt(answer.text)}`;
  }
  if (error.fields !== undefined && (typeof error.fields !== "object" || error.fields === null))
    return `error.fields is not an object: ${excerpt(answer.text)}`;
  const status = HTTP_STATUS[error.code as ErrorCode];
  if (status !== answer.status) return `error code ${error.code} (${status ?? "unknown code"}) on a ${answer.status}`;
  return null;
}

export function commonProblems(answer: Answer, actor: Actor, world: World, sent: string): string[] {
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`answered ${answer.status}: ${excerpt(answer.text)}`);
  const leaked = leakedSecrets(answer.text, secretsHiddenFrom(actor, world), sent);
  if (leaked.length) problems.push(`the answer (${answer.status}) contains the other set's ${leaked.join(", ")}`);
  return problems;
}

export async function readAnswer(response: Response, { isStream = false } = {}): Promise<Answer> {
  const contentType = response.headers.get("content-type") ?? "";
  let text = "";
  if (isStream && contentType.startsWith("text/event-stream")) await response.body?.cancel();
  else text = await response.text();
  let json: unknown = null;
  if (contentType.includes("json") && text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
  }
  return { status: response.status, location: response.headers.get("location"), contentType, text, json };
}

/** Runs `work` over `items`, `size` at a time. */
export async function inBatches<T, R>(items: readonly T[], size: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    results.push(...(await Promise.all(items.slice(start, start + size).map((item, offset) => work(item, start + offset)))));
  }
  return results;
}
