// The platform fee, in integer cents. One rounding rule: half a cent or more rounds up (round half up),
// computed in integers so no float ever touches money. The transfer is the rest, so
// transfer + fee = released amount, always.

export const BASIS_POINTS = 10_000;

export function platformFee(amountCents: number, feeBps: number) {
  if (!Number.isSafeInteger(amountCents) || amountCents < 0) throw new Error(`amount must be whole, non-negative cents: ${amountCents}`);
  if (!Number.isInteger(feeBps) || feeBps < 0 || feeBps > BASIS_POINTS) throw new Error(`fee must be 0–10000 basis points: ${feeBps}`);
  return Math.floor((amountCents * feeBps + BASIS_POINTS / 2) / BASIS_POINTS);
}

export function splitRelease(amountCents: number, feeBps: number) {
  const feeCents = platformFee(amountCents, feeBps);
  return { feeCents, transferCents: amountCents - feeCents };
}
