import type { NextRequest } from "next/server";
import { errorResponse, json, requestIdFrom } from "@/lib/api/respond";
import { logger } from "@/lib/logger";
import { receiveStripeWebhook } from "@/lib/payments/webhooks";

export const dynamic = "force-dynamic";

// Not an apiRoute: Stripe is the caller (no session), and the signature covers the raw body.
export async function POST(request: NextRequest) {
  const requestId = requestIdFrom(request.headers);
  try {
    const result = await receiveStripeWebhook({ rawBody: await request.text(), signature: request.headers.get("stripe-signature") });
    return json(result, requestId);
  } catch (error) {
    const response = errorResponse(error, requestId);
    logger.warn({ requestId, status: response.status }, "stripe webhook refused");
    return response;
  }
}
