// The 8-hour promise: admins are alerted at T-2h and step in once the deadline passes.
export const AT_RISK_WINDOW_MS = 2 * 60 * 60 * 1000;

export type SlaState = "ON_TRACK" | "AT_RISK" | "BREACHED";

export function slaStateOf(request: { matchDeadline: Date | null; slaBreached: boolean }, now: Date): SlaState {
  if (request.slaBreached) return "BREACHED";
  if (!request.matchDeadline) return "ON_TRACK";
  const millisecondsLeft = request.matchDeadline.getTime() - now.getTime();
  if (millisecondsLeft <= 0) return "BREACHED";
  return millisecondsLeft < AT_RISK_WINDOW_MS ? "AT_RISK" : "ON_TRACK";
}
