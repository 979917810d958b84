import type { z } from "zod";
import { type FieldErrors, fieldErrorsOf, isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";

// What the account forms' server actions answer. They are posted as forms (FormData, which also works
// without JavaScript) or called with a plain object; both read the same.

export type FormResult = {
  ok: boolean;
  message: string;
  fields: FieldErrors;
  /** The address as typed, given back to a refused form: React empties a form once its action ends (passwords stay empty). */
  email?: string;
};

export const IDLE: FormResult = { ok: false, message: "", fields: {} };

export function formValues(input: unknown): Record<string, unknown> {
  if (input instanceof FormData) return Object.fromEntries([...input.entries()].filter(([name]) => !name.startsWith("$")));
  return input && typeof input === "object" ? { ...(input as Record<string, unknown>) } : {};
}

const typedEmail = (input: unknown) => {
  const { email } = formValues(input);
  return typeof email === "string" ? email.slice(0, 254) : undefined;
};

export function parseForm<S extends z.ZodType>(schema: S, input: unknown): { data: z.output<S> } | { result: FormResult } {
  const parsed = schema.safeParse(formValues(input));
  if (parsed.success) return { data: parsed.data };
  return { result: { ok: false, message: "Some fields need your attention.", fields: fieldErrorsOf(parsed.error), email: typedEmail(input) } };
}

/** Only an AppError's words reach the browser; anything else is logged and answered in general terms. */
export function failedForm(error: unknown, what: string, input?: unknown): FormResult {
  if (isAppError(error)) return { ok: false, message: error.message, fields: error.fields ?? {}, email: typedEmail(input) };
  logger.error({ err: error }, `${what} failed unexpectedly`);
  return { ok: false, message: "Something went wrong on our side. Try again in a minute.", fields: {}, email: typedEmail(input) };
}
