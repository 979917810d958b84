import { createHmac } from "node:crypto";
import { nowSeconds } from "./ids";

// The header `stripe.webhooks.constructEvent` verifies: HMAC-SHA256 of "<t>.<payload>".
export function signWebhookPayload(payload: string, secret: string, timestamp = nowSeconds()): string {
  const signature = createHmac("sha256", secret).update(`${timestamp}.${payload}`).digest("hex");
  return `t=${timestamp},v1=${signature}`;
}
