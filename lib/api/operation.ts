import type { z } from "zod";
import type { Role } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/sessions/session-user";

// One declaration per HTTP operation: where it lives, who may call it, what it takes and gives, and
// the one domain call it makes. The router, the OpenAPI document, the typed browser client and the
// contract tests are all derived from the list of these (lib/endpoints/operation-list.ts).

export type Access = "public" | "user" | readonly Role[];
export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;

export type OperationInput = {
  params?: z.ZodType<Record<string, string>>;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The handler reads the body itself, byte for byte (a signed webhook): documented, never parsed here. */
  rawBody?: { contentType: string; description: string };
};

export type OperationContext<I extends OperationInput, A extends Access> = {
  request: Request;
  requestId: string;
  user: A extends "public" ? SessionUser | null : SessionUser;
  params: Infer<I["params"]>;
  query: Infer<I["query"]>;
  body: Infer<I["body"]>;
};

/** A value as a handler may return it: any string may be a Date, which JSON carries as an ISO string. */
type WithDates<T> = T extends string ? T | Date : T extends readonly (infer U)[] ? WithDates<U>[] : T extends object ? { [K in keyof T]: WithDates<T[K]> } : T;

/** What a handler returns: the output schema's shape, or a Response of its own (streams). */
type HandlerResult<O> = O extends z.ZodType ? WithDates<z.input<O>> | Response : unknown;

export type Operation<
  M extends HttpMethod = HttpMethod,
  P extends string = string,
  I extends OperationInput = OperationInput,
  O extends z.ZodType | undefined = z.ZodType | undefined,
  A extends Access = Access,
> = {
  method: M;
  path: P;
  summary: string;
  tag: string;
  access: A;
  /** Only a signed-in browser session may call it, never a personal API token (token management itself). */
  sessionOnly?: true;
  input?: I;
  /** Request headers the operation reads, for the document. */
  headers?: { name: string; description: string }[];
  output: { status: number; description: string; schema?: O };
  /** Error statuses beyond the ones every operation may answer. */
  errors?: number[];
  // A method, not a property: checked bivariantly, so every operation fits in one list (AnyOperation).
  handler(context: OperationContext<I, A>): Promise<HandlerResult<O>>;
};

/** Keeps the literal method and path in the type, so the typed client can name operations by them. */
export function defineOperation<
  const M extends HttpMethod,
  const P extends string,
  I extends OperationInput,
  O extends z.ZodType | undefined,
  const A extends Access,
>(operation: Operation<M, P, I, O, A>): Operation<M, P, I, O, A> {
  return operation;
}

export type AnyOperation = Operation;
