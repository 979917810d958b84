"use client";

import { useRef, useState, useTransition } from "react";
import type { z } from "zod";
import type { AnswerResult } from "@/app/(app)/expert/invitations/actions";
import { type FieldErrorMap, firstFieldErrors, firstOfEach, focusFirstInvalid } from "@/components/auth/field-errors";

export type AnswerProblem = { message: string; isConflict: boolean };
export type AnsweredStatus = Extract<AnswerResult, { ok: true }>["status"];

type Options = {
  schema: z.ZodType;
  fieldOrder: readonly string[];
  send: (input: unknown) => Promise<AnswerResult>;
  onAnswered: (status: AnsweredStatus) => void;
};

/** Checks the answer with the shared schema, sends it, and keeps field errors and a form-level problem. */
export function useAnswerSubmission({ schema, fieldOrder, send, onAnswered }: Options) {
  const formRef = useRef<HTMLFormElement>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrorMap>({});
  const [problem, setProblem] = useState<AnswerProblem | null>(null);
  const [isPending, startTransition] = useTransition();

  function showFieldErrors(errors: FieldErrorMap) {
    setFieldErrors(errors);
    focusFirstInvalid(formRef.current, errors, fieldOrder);
  }

  function submit(input: unknown) {
    if (isPending) return;
    setProblem(null);
    const parsed = schema.safeParse(input);
    if (!parsed.success) return showFieldErrors(firstFieldErrors(parsed.error));
    setFieldErrors({});
    startTransition(async () => {
      try {
        const result = await send(input);
        if (result.ok) return onAnswered(result.status);
        setProblem({ message: result.message, isConflict: result.isConflict });
        showFieldErrors(firstOfEach(result.fields));
      } catch {
        setProblem({ message: "We could not reach Vetted. Check your connection and try again.", isConflict: false });
      }
    });
  }

  return { formRef, fieldErrors, problem, isPending, submit };
}
