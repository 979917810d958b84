"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { type FieldErrorMap, firstOfEach } from "@/components/auth/field-errors";
import type { ApiAnswer } from "@/lib/endpoints/client";

export type ActionProblem = { message: string; status: number };

type RunOptions<T> = {
  /** Gets the answer; return false to skip the page refresh (e.g. when leaving for Stripe). */
  onDone?: (data: T) => boolean | void;
};

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
