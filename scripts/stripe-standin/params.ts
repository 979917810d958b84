import { z } from "zod";
import { invalidRequest, type StandinError } from "./stripe-error";

function coerceInteger(value: unknown): unknown {
  return typeof value === "string" && /^-?\d+$/.test(value) ? Number(value) : value;
}

export function integerParam(bounds: { min?: number; max?: number } = {}) {
  let schema = z.number({ error: "must be an integer" }).int("must be an integer");
  if (bounds.min !== undefined) schema = schema.min(bounds.min, `must be at least ${bounds.min}`);
  if (bounds.max !== undefined) schema = schema.max(bounds.max, `must be at most ${bounds.max}`);
  return z.preprocess(coerceInteger, schema);
}

export const booleanParam = z.preprocess(
  (value) => (value === "true" ? true : value === "false" ? false : value),
  z.boolean({ error: "must be a boolean (true or false)" }),
);

export const stringParam = z.string({ error: "must be a string" }).min(1, "must not be empty");

export const currencyParam = z
  .string({ error: "must be a string" })
  .regex(/^[a-zA-Z]{3}$/, "must be a three-letter ISO currency code")
  .transform((currency) => currency.toLowerCase());

// Deliberately loose: Stripe accepts addresses a strict validator would refuse.
export const emailParam = z.string({ error: "must be a string" }).regex(/^[^\s@]+@[^\s@]+$/, "must be an email address");

export const urlParam = z.string({ error: "must be a string" }).refine(isHttpUrl, "must be an absolute http(s) URL");

// Stripe's limits: 50 keys, keys up to 40 characters, values up to 500; an empty value means "unset".
export const metadataParam = z
  .record(
    z.string().max(40, "keys must be at most 40 characters"),
    z.string({ error: "values must be strings" }).max(500, "values must be at most 500 characters"),
  )
  .refine((metadata) => Object.keys(metadata).length <= 50, "can have at most 50 keys")
  .transform((metadata) => Object.fromEntries(Object.entries(metadata).filter(([, value]) => value !== "")));

export const listParamShape = {
  limit: integerParam({ min: 1, max: 100 }).optional(),
  starting_after: stringParam.optional(),
  ending_before: stringParam.optional(),
};

export function parseParams<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  throw toValidationError(result.error.issues[0]);
}

function toValidationError(issue: z.core.$ZodIssue): StandinError {
  const isUnknown = issue.code === "unrecognized_keys";
  const param = formatParam(isUnknown ? [...issue.path, issue.keys[0]] : issue.path);
  if (isUnknown) return invalidRequest(`Received unknown parameter: ${param}`, { param, code: "parameter_unknown", isValidation: true });
  if (issue.code === "invalid_type" && issue.input === undefined) {
    return invalidRequest(`Missing required param: ${param}.`, { param, code: "parameter_missing", isValidation: true });
  }
  const detail = issue.code === "invalid_value" ? `must be one of ${issue.values.map(String).join(", ")}` : issue.message;
  return invalidRequest(`Invalid ${param}: ${detail}`, { param, code: "parameter_invalid", isValidation: true });
}

function formatParam(path: PropertyKey[]): string {
  const [head, ...rest] = path.map(String);
  return (head ?? "") + rest.map((segment) => `[${segment}]`).join("");
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
