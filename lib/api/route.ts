import type { NextRequest } from "next/server";
import type { z } from "zod";
import type { SessionUser } from "@/lib/sessions/session-user";
import type { Access, AnyOperation, HttpMethod } from "./operation";
import { runOperation } from "./run-operation";

// A Next route handler over runOperation, for the routes not yet declared as operations
// (lib/api/operation.ts); it answers exactly like the API router does.

type Input<Body extends z.ZodType | undefined, Query extends z.ZodType | undefined> = {
  access: Access;
  body?: Body;
  query?: Query;
  status?: number;
};

type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

export type RouteContext<Body, Query, Auth> = {
  request: NextRequest;
  requestId: string;
  user: Auth;
  body: Body;
  query: Query;
  params: Record<string, string>;
};

export function apiRoute<Body extends z.ZodType | undefined = undefined, Query extends z.ZodType | undefined = undefined, A extends Access = Access>(
  input: Input<Body, Query> & { access: A },
  handler: (context: RouteContext<Infer<Body>, Infer<Query>, A extends "public" ? SessionUser | null : SessionUser>) => Promise<unknown>,
) {
  return async (request: NextRequest, segment: { params: Promise<Record<string, string>> }) => {
    const operation: AnyOperation = {
      method: request.method as HttpMethod,
      path: request.nextUrl.pathname,
      summary: "",
      tag: "",
      access: input.access,
      input: { body: input.body, query: input.query },
      output: { status: input.status ?? 200, description: "" },
      handler: (context) => handler({ ...context, request } as Parameters<typeof handler>[0]),
    };
    return runOperation(operation, request, (await segment?.params) ?? {});
  };
}
