import { createHash } from "node:crypto";
import type { FormValue } from "./form-body";
import type { IdempotencyRecord, State } from "./state";
import { invalidRequest, StandinError } from "./stripe-error";

const RETENTION_MS = 24 * 60 * 60 * 1000;
const MAX_KEY_LENGTH = 255;

export type IdempotencyLookup = { kind: "new" } | { kind: "replay"; record: IdempotencyRecord };

export function hashRequest(method: string, pathname: string, params: FormValue): string {
  return createHash("sha256")
    .update(JSON.stringify([method, pathname, canonicalize(params)]))
    .digest("hex");
}

// Throws the idempotency_error Stripe answers when a key is reused with different parameters.
export function lookUpIdempotencyKey(state: State, key: string, hash: string, nowMs: number): IdempotencyLookup {
  if (key.length > MAX_KEY_LENGTH) {
    throw invalidRequest(`Invalid idempotency key: must be at most ${MAX_KEY_LENGTH} characters.`, { isValidation: true });
  }
  forgetExpiredKeys(state, nowMs);
  const record = state.idempotency[key];
  if (!record) return { kind: "new" };
  if (record.hash !== hash) {
    throw new StandinError(
      400,
      {
        type: "idempotency_error",
        message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
      },
      false,
    );
  }
  return { kind: "replay", record };
}

export function rememberResponse(state: State, key: string, record: IdempotencyRecord): void {
  state.idempotency[key] = record;
}

function forgetExpiredKeys(state: State, nowMs: number): void {
  for (const [key, record] of Object.entries(state.idempotency)) {
    if (nowMs - record.created_ms > RETENTION_MS) delete state.idempotency[key];
  }
}

function canonicalize(value: FormValue): FormValue {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(canonicalize);
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, canonicalize(value[key])]),
  );
}
