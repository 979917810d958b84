"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { z } from "zod";
import { type FieldErrorMap, firstOfEach } from "@/components/auth/field-errors";
import { pathErrors } from "@/components/contracts/form-errors";
import type { ApiAnswer } from "@/lib/endpoints/client";

// A form's or button's one call through the typed client (lib/endpoints/client.ts), then a refresh of the
// server page: the problem and the field errors to show when it is refused.

export type CallProblem = { message: string; status: number };

type RunOptions<T> = {
  /** Gets the answer; return false to skip the page refresh. */
  onDone?: (data: T) => boolean | void;
};

/** The body to send when the operation's schema accepts the form's values (the server parses it again), else the errors by field. */
export function bodyFor<S extends z.ZodType>(schema: S, values: unknown): { body: z.output<S> } | { errors: FieldErrorMap } {
  const parsed = schema.safeParse(values);
  return parsed.success ? { body: parsed.data } : { errors: pathErrors(parsed.error) };
}

/** While a call runs `isPending` stays true (through the refresh), and a second run is ignored: no double submit. */
export function useApiCall() {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [problem, setProblem] = useState<CallProblem | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrorMap>({});

  function run<T>(call: () => Promise<ApiAnswer<T>>, { onDone }: RunOptions<T> = {}) {
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
