"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { firstOfEach, type FieldErrorMap } from "@/components/auth/field-errors";
import { postJson } from "./contracts-api";

export type ActionProblem = { message: string; status: number };

type RunOptions = {
  /** Gets the response body; return false to skip the page refresh (e.g. when leaving for Stripe). */
  onDone?: (data: unknown) => boolean | void;
};

/**
 * One POST to the API and a refresh of the server page after it. While it runs `isPending` stays
 * true (through the refresh), and a second run is ignored: no double submit.
 */
export function useApiAction() {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [problem, setProblem] = useState<ActionProblem | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrorMap>({});

  function run(path: string, body: unknown = {}, { onDone }: RunOptions = {}) {
    if (isPending) return;
    setProblem(null);
    setFieldErrors({});
    startTransition(async () => {
      const result = await postJson(path, body);
      if (!result.ok) {
        setProblem({ message: result.message, status: result.status });
        setFieldErrors(firstOfEach(result.fields));
        return;
      }
      if (onDone?.(result.data) === false) return;
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
