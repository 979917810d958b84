"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { firstOfEach, type FieldErrorMap } from "@/components/auth/field-errors";
import { errorBodySchema } from "@/lib/api/schemas";
import type { ApiAnswer } from "@/lib/endpoints/client";

export type ActionProblem = { message: string; status: number };

type RunOptions<T> = {
  /** Gets the answer; return false to skip the page refresh (e.g. when leaving for Stripe). */
  onDone?: (data: T) => boolean | void;
};

/**
 * A POST of JSON to a route not yet declared as an operation (so not in the typed client): only the
 * vetting admin's forms still post this way. The answer in the typed client's terms.
 */
async function postToRoute(path: string, body: unknown): Promise<ApiAnswer<unknown>> {
  const response = await fetch(path, { method: "POST", cache: "no-store", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).catch(() => null);
  if (!response) return { ok: false, status: 0, message: "We could not reach Vetted. Check your connection and try again.", fields: {} };
  const answer: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, data: answer };
  const problem = errorBodySchema.safeParse(answer);
  if (!problem.success) return { ok: false, status: response.status, message: "Something went wrong on our side. Try again in a minute.", fields: {} };
  return { ok: false, status: response.status, message: problem.data.error.message, fields: problem.data.error.fields ?? {} };
}

/**
 * One API call (through the typed client, lib/endpoints/client.ts) and a refresh of the server page
 * after it. While it runs `isPending` stays true (through the refresh), and a second run is ignored:
 * no double submit.
 */
export function useApiAction() {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [problem, setProblem] = useState<ActionProblem | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrorMap>({});

  function run<T>(call: () => Promise<ApiAnswer<T>>, options?: RunOptions<T>): void;
  function run(path: string, body?: unknown, options?: RunOptions<unknown>): void;
  function run<T>(target: string | (() => Promise<ApiAnswer<T>>), ...rest: [RunOptions<T>?] | [unknown?, RunOptions<unknown>?]) {
    const call = typeof target === "string" ? () => postToRoute(target, rest[0] ?? {}) as Promise<ApiAnswer<T>> : target;
    const { onDone } = ((typeof target === "string" ? rest[1] : rest[0]) ?? {}) as RunOptions<T>;
    if (isPending) return;
    setProblem(null);
    setFieldErrors({});
    startTransition(async () => {
      const answer = await call();
      if (!answer.ok) {
        setProblem({ message: answer.message, status: answer.status });
        setFieldErrors(firstOfEach(answer.fields));
        return;
      }
      if (onDone?.(answer.data) === false) return;
      router.refresh();
    });
  }

  function reset() {
    setProblem(null);
    setFieldErrors({});
  }

  const fail = (message: string) => setProblem({ message, status: 0 });

  return { isPending, problem, fieldErrors, setFieldErrors, run, reset, fail };
}
