import type { z } from "zod";
import type { AnyOperation } from "@/lib/api/operation";
import { errorBodySchema } from "@/lib/api/schemas";
import type { FieldErrors } from "@/lib/errors";
import type { ApiOperations } from "./operation-list";

// The browser's typed client, derived from the declared operations by type alone (nothing of the
// server is bundled): `callApi("GET /api/v1/requests/{id}", { params: { id } })` is checked against
// that operation's params, query and body, and answers with its output type or the error to show.

type Declared = ApiOperations[number];
export type OperationKey = Declared extends infer O ? (O extends AnyOperation ? `${O["method"]} ${O["path"]}` : never) : never;
type OperationOf<K extends OperationKey> = Extract<
  Declared,
  { method: K extends `${infer M} ${string}` ? M : never; path: K extends `${string} ${infer P}` ? P : never }
>;

type InputPart<S> = S extends z.ZodType ? z.input<S> : never;
type InputOf<O> = O extends { input?: infer I } ? { [K in keyof I as I[K] extends z.ZodType ? K : never]: InputPart<I[K]> } : Record<string, never>;
/** Dates arrive as ISO strings, as the output schema says. */
export type OutputOf<K extends OperationKey> = OperationOf<K>["output"] extends { schema?: infer S } ? (S extends z.ZodType ? z.output<S> : null) : null;

export type ApiAnswer<T> = { ok: true; data: T } | { ok: false; status: number; message: string; fields: FieldErrors };

const UNREACHABLE = "We could not reach Vetted. Check your connection and try again.";
const UNEXPECTED = "Something went wrong on our side. Try again in a minute.";

/** "/api/v1/requests/{id}" with { id: "a b" } → "/api/v1/requests/a%20b". */
export function fillPath(path: string, params: Record<string, string> = {}) {
  return path.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no value for {${name}} in ${path}`);
    return encodeURIComponent(value);
  });
}

/** The address of an operation with these params and query, for what is not a JSON call (an EventSource). */
export function operationUrl<K extends OperationKey>(key: K, input: Omit<InputOf<OperationOf<K>>, "body">) {
  const [, path] = key.split(" ") as [string, string];
  const { params, query } = input as { params?: Record<string, string>; query?: Record<string, unknown> };
  const search = new URLSearchParams(Object.entries(query ?? {}).flatMap(([name, value]) => (value === undefined ? [] : [[name, String(value)]])));
  return `${fillPath(path, params)}${search.size ? `?${search}` : ""}`;
}

/** `keepalive`: the request may outlive the page (a click that also navigates away). */
export type CallOptions = { signal?: AbortSignal; keepalive?: boolean };

export async function callApi<K extends OperationKey>(key: K, input: InputOf<OperationOf<K>>, init: CallOptions = {}): Promise<ApiAnswer<OutputOf<K>>> {
  const [method] = key.split(" ") as [string, string];
  const { body } = input as { body?: unknown };
  const response = await fetch(operationUrl(key, input), {
    method,
    cache: "no-store",
    signal: init.signal,
    keepalive: init.keepalive,
    ...(body !== undefined && { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
  }).catch((error: unknown) => {
    if (init.signal?.aborted) throw error;
    return null;
  });
  if (!response) return { ok: false, status: 0, message: UNREACHABLE, fields: {} };
  const answer: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, data: answer as OutputOf<K> };
  const problem = errorBodySchema.safeParse(answer);
  if (!problem.success) return { ok: false, status: response.status, message: UNEXPECTED, fields: {} };
  return { ok: false, status: response.status, message: problem.data.error.message, fields: problem.data.error.fields ?? {} };
}
