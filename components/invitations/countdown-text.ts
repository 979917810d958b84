const MINUTE_MS = 60_000;

/** Whole minutes left, rounded up: "1 h 23 min" stays true until the last second of that minute. */
export function minutesLeft(millisecondsLeft: number) {
  return Math.max(0, Math.ceil(millisecondsLeft / MINUTE_MS));
}

/** "Expires in 1 h 23 min", "Expires in 45 min", "Expired". */
export function formatCountdown(millisecondsLeft: number) {
  const minutes = minutesLeft(millisecondsLeft);
  if (minutes === 0) return "Expired";
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const span = hours === 0 ? `${rest} min` : rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
  return `Expires in ${span}`;
}

/** Milliseconds until the text above next changes. */
export function untilNextMinute(millisecondsLeft: number) {
  return millisecondsLeft % MINUTE_MS || MINUTE_MS;
}
