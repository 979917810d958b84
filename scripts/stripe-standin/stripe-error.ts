export type StripeErrorBody = {
  type: "invalid_request_error" | "card_error" | "idempotency_error" | "api_error";
  message: string;
  param?: string;
  code?: string;
  decline_code?: string;
  /** Card errors of a confirmed PaymentIntent carry it, as Stripe's do. */
  payment_intent?: object;
  payment_method?: object;
};

// A failure answered the way Stripe answers it. Parameter validation failures are
// not saved against an idempotency key (Stripe saves nothing when the endpoint
// never started), everything after that is.
export class StandinError extends Error {
  constructor(
    readonly status: number,
    readonly body: StripeErrorBody,
    readonly isStoredForIdempotency = true,
  ) {
    super(body.message);
  }
}

type InvalidRequestOptions = { param?: string; code?: string; status?: number; isValidation?: boolean };

export function invalidRequest(message: string, options: InvalidRequestOptions = {}): StandinError {
  const { param, code, status = 400, isValidation = false } = options;
  return new StandinError(status, { type: "invalid_request_error", message, param, code }, !isValidation);
}

export function resourceMissing(kind: string, id: string, options: { param?: string; status?: number } = {}): StandinError {
  const { param = "id", status = 404 } = options;
  return invalidRequest(`No such ${kind}: '${id}'`, { param, code: "resource_missing", status });
}

export function toErrorResponse(error: StandinError): { error: StripeErrorBody } {
  return { error: error.body };
}
