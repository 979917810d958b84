import { type RefObject, useEffect } from "react";
import type { z } from "zod";
import type { FieldErrorMap } from "@/components/auth/field-errors";
import { messageOfIssue } from "@/lib/plain-zod-messages";

/** The first message per field, keyed by the whole path ("milestones.0.amountCents"), like the server's `fields`. */
export function pathErrors(error: z.ZodError): FieldErrorMap {
  const errors: FieldErrorMap = {};
  for (const issue of error.issues) errors[issue.path.length ? issue.path.join(".") : "_"] ??= messageOfIssue(issue);
  return errors;
}

/** The body to send when the shared schema accepts it (the server parses it again), else the errors to show. */
export type BuiltBody<Body = unknown> = { body: Body } | { errors: FieldErrorMap };

/** The input as it was typed, once the schema accepts it: the body its operation takes. */
export function checkWith<S extends z.ZodType>(schema: S, input: unknown): BuiltBody<z.input<S>> {
  const parsed = schema.safeParse(input);
  return parsed.success ? { body: input as z.input<S> } : { errors: pathErrors(parsed.error) };
}

/** The first error for a field or any of its items: "links" shows what is wrong with "links.2". */
export const errorUnder = (errors: FieldErrorMap, field: string) => errors[field] ?? Object.entries(errors).find(([key]) => key.startsWith(`${field}.`))?.[1];

/** After errors are shown, focus moves to the first field marked invalid, in the form's own order. */
export function useFocusFirstInvalid(formRef: RefObject<HTMLFormElement | null>, errors: FieldErrorMap) {
  useEffect(() => {
    if (Object.keys(errors).length) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [formRef, errors]);
}
