// Amounts typed in currency units ("1,500.00") to integer cents, by reading the digits: no float ever
// holds money. Commas are accepted only as thousands separators, so "1,5" is refused rather than
// silently read as 15.00. The contract currencies (USD, EUR, GBP) all have two decimal places.

const AMOUNT_PATTERN = /^(\d{1,3}(?:,\d{3})*|\d+)(?:\.(\d{1,2}))?$/;
const MAX_DIGITS = 12;

export type ParsedAmount = { ok: true; cents: number } | { ok: false; message: string };

export function parseAmount(text: string): ParsedAmount {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, message: "Enter an amount." };
  const match = AMOUNT_PATTERN.exec(trimmed);
  if (!match) return { ok: false, message: "Enter the amount in digits, like 1,500.00." };
  const whole = match[1].replaceAll(",", "");
  if (whole.length > MAX_DIGITS) return { ok: false, message: "That amount is too large." };
  const fraction = (match[2] ?? "").padEnd(2, "0");
  return { ok: true, cents: Number(whole) * 100 + Number(fraction) };
}
