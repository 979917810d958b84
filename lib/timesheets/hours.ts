// Hours are logged in quarter hours and stored as minutes; money for a week is computed once, in
// integers. Nothing here touches a float that could reach a cent.

export const MINUTES_PER_QUARTER = 15;
export const MAX_MINUTES_PER_DAY = 24 * 60;

/** 1.75 → 105. Callers pass validated quarter hours; anything else is a bug. */
export function minutesFromHours(hours: number): number {
  const quarters = hours * 4;
  if (!Number.isInteger(quarters) || quarters < 0) throw new RangeError(`hours must be whole quarter hours: ${hours}`);
  return quarters * MINUTES_PER_QUARTER;
}

/** 2310 → "38.5", 60 → "1", 15 → "0.25". */
export function formatHours(minutes: number): string {
  const hundredths = Math.round((minutes * 100) / 60);
  const whole = Math.floor(hundredths / 100);
  const fraction = String(hundredths % 100)
    .padStart(2, "0")
    .replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : String(whole);
}

const moreHours = (minutes: number) => `${formatHours(minutes)} more ${minutes === 60 ? "hour" : "hours"}`;

/**
 * Why `addingMinutes` more cannot be logged in a week that has `loggedMinutes` against `capMinutes`,
 * or null when they fit. The message says what is logged, what was asked, and the most that fits.
 */
export function capRefusal({ loggedMinutes, addingMinutes, capMinutes }: { loggedMinutes: number; addingMinutes: number; capMinutes: number }) {
  if (loggedMinutes + addingMinutes <= capMinutes) return null;
  const left = Math.max(0, capMinutes - loggedMinutes);
  const logged = `This week has ${formatHours(loggedMinutes)} of ${formatHours(capMinutes)} hours logged`;
  if (!left) return `${logged}: the weekly cap is reached, so no more hours can be logged until next week.`;
  return `${logged}; ${moreHours(addingMinutes)} would pass the cap. Log at most ${formatHours(left)}.`;
}

/**
 * What a week bills: minutes × hourly rate / 60, rounded half up to the cent (a half cent or more
 * rounds up), in integers. Quarter hours make the exact amount a multiple of a quarter cent.
 */
export function weekAmountCents(minutes: number, hourlyRateCents: number): number {
  if (!Number.isSafeInteger(minutes) || minutes < 0) throw new RangeError(`minutes must be whole and non-negative: ${minutes}`);
  if (!Number.isSafeInteger(hourlyRateCents) || hourlyRateCents <= 0) throw new RangeError(`the rate must be whole positive cents: ${hourlyRateCents}`);
  return Math.floor((minutes * hourlyRateCents + 30) / 60);
}
