// One error type for everything a caller may be told about; mapped to HTTP in one place (lib/api/respond.ts).

import type { z } from "zod";
import { messageOfIssue } from "@/lib/plain-zod-messages";

export type ErrorCode =
  | "BAD_REQUEST"
  | "VALIDATION_FAILED"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "METHOD_NOT_ALLOWED"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "PAYLOAD_TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "UNAVAILABLE";

export const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 422,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNAVAILABLE: 503,
};

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: FieldErrors;
  readonly retryAfterSeconds?: number;

  constructor(code: ErrorCode, message: string, options: { fields?: FieldErrors; retryAfterSeconds?: number } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fields = options.fields;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  get status() {
    return HTTP_STATUS[this.code];
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} was not found.`);
export const forbidden = (message = "You do not have access to this.") => new AppError("FORBIDDEN", message);
export const conflict = (message: string) => new AppError("CONFLICT", message);

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    (fields[key] ??= []).push(messageOfIssue(issue));
  }
  return fields;
}

/**
 * Top-level fields the operation does not take make the request malformed (400), whatever else is wrong
 * with it; an unknown key inside a field is that field's problem (422, with the other field messages).
 */
export function validationError(error: z.ZodError, what = "The request") {
  const unknownKeys = error.issues.flatMap((issue) => (issue.code === "unrecognized_keys" && issue.path.length === 0 ? issue.keys : []));
  if (unknownKeys.length) {
    return new AppError("BAD_REQUEST", `${what} has fields this operation does not take: ${unknownKeys.join(", ")}. Remove them and try again.`, {
      fields: Object.fromEntries(unknownKeys.map((key) => [key, ["This field is not part of this operation."]])),
    });
  }
  return new AppError("VALIDATION_FAILED", `${what} has invalid fields; see "fields" for what to fix.`, {
    fields: fieldErrorsOf(error),
  });
}
