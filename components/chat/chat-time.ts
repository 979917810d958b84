import { useSyncExternalStore } from "react";
import { dateTimeFormat } from "@/lib/intl";

// Chat times are shown in the reader's timezone, which only the browser knows. The server render (and
// the hydrating render, which must match it) shows absolute UTC times; then the view switches to local
// times and "Today"/"Yesterday".

export type ChatClock = { timeZone: string | undefined; now: Date | null };

const LOCALE = "en-US";
const UTC_CLOCK: ChatClock = { timeZone: "UTC", now: null };
const subscribeToNothing = () => () => {};

export function useChatClock(): ChatClock {
  const isHydrated = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  return isHydrated ? { timeZone: undefined, now: new Date() } : UTC_CLOCK;
}

const format = (date: Date, timeZone: string | undefined, options: Intl.DateTimeFormatOptions) => dateTimeFormat(LOCALE, { ...options, timeZone }).format(date);

/** "2026-06-02" in the given timezone: two dates are on the same day when their keys are equal. */
export const dayKey = (date: Date, timeZone: string | undefined) =>
  dateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone }).format(date);

function yesterdayKey(now: Date, timeZone: string | undefined) {
  const [year, month, day] = dayKey(now, timeZone).split("-").map(Number);
  return dayKey(new Date(Date.UTC(year, month - 1, day - 1)), "UTC");
}

/** The heading over a day's messages: "Today", "Yesterday" or "Monday, June 1, 2026". */
export function formatDayLabel(date: Date, { timeZone, now }: ChatClock) {
  const key = dayKey(date, timeZone);
  if (now && key === dayKey(now, timeZone)) return "Today";
  if (now && key === yesterdayKey(now, timeZone)) return "Yesterday";
  return format(date, timeZone, { weekday: "long", month: "long", day: "numeric", year: "numeric" });
}

/** A message's time of day: "3:04 PM" (with "UTC" until the local timezone is known). */
export const formatMessageTime = (date: Date, { timeZone }: ChatClock) =>
  format(date, timeZone, { hour: "numeric", minute: "2-digit", ...(timeZone && { timeZoneName: "short" }) });

/** A conversation's last activity: the time if it was today, otherwise the date. */
export function formatLastActivity(date: Date, clock: ChatClock) {
  if (clock.now && dayKey(date, clock.timeZone) === dayKey(clock.now, clock.timeZone)) return formatMessageTime(date, clock);
  const isThisYear = clock.now !== null && date.getFullYear() === clock.now.getFullYear();
  return format(date, clock.timeZone, { month: "short", day: "numeric", ...(!isThisYear && { year: "numeric" }) });
}
