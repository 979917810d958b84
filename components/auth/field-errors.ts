import type { z } from "zod";
import { messageOfIssue } from "@/lib/plain-zod-messages";

export type FieldErrorMap = Partial<Record<string, string>>;

/** The first message for each top-level field, as shown next to that field. */
export function firstFieldErrors(error: z.ZodError): FieldErrorMap {
  const errors: FieldErrorMap = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : "_";
    errors[key] ??= messageOfIssue(issue);
  }
  return errors;
}

/** Same shape from the server's `fields` (field → messages). */
export function firstOfEach(fields: Record<string, string[]>): FieldErrorMap {
  const errors: FieldErrorMap = {};
  for (const [key, messages] of Object.entries(fields)) {
    if (messages[0]) errors[key] = messages[0];
  }
  return errors;
}

/** Moves focus to the first field, in form order, that has an error. */
export function focusFirstInvalid(form: HTMLFormElement | null, errors: FieldErrorMap, order: readonly string[]) {
  const name = order.find((field) => errors[field]);
  const element = name ? form?.elements.namedItem(name) : null;
  if (element instanceof HTMLElement) element.focus();
}
