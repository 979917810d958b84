import type { InterviewRow } from "./interview-party";
import { readSlots } from "./slots";
import { type InterviewSide, type InterviewStatus, isInterviewOver } from "./transitions";
import { formatSlotRange } from "./zoned-time";

/** DONE: a confirmed interview whose time has passed. */
export type InterviewState = InterviewStatus | "DONE";

export type InterviewView = {
  id: string;
  state: InterviewState;
  proposedBySide: InterviewSide;
  /** Whether the viewer's side is the one to pick a time (or to offer new ones, after a request for other times). */
  isViewersTurn: boolean;
  /** The zone the times below are shown in: the viewer's own. */
  timeZone: string;
  slots: { startsAt: string; durationMinutes: number; label: string }[];
  confirmed: { startsAt: string; durationMinutes: number; label: string } | null;
  /** Only for the two sides. */
  callUrl: string;
  note: string | null;
  otherTimesNote: string | null;
  cancelReason: string | null;
  cancelledBySide: InterviewSide | null;
};

/** An interview as one side sees it, with every time in `timeZone`. */
export function toInterviewView(row: InterviewRow, viewer: { side: InterviewSide; timeZone: string }, now: Date): InterviewView {
  const label = (startsAt: Date, durationMinutes: number) => ({
    startsAt: startsAt.toISOString(),
    durationMinutes,
    label: formatSlotRange(startsAt, durationMinutes, viewer.timeZone),
  });
  const isOver = isInterviewOver(row, now);
  return {
    id: row.id,
    state: isOver ? "DONE" : row.status,
    proposedBySide: row.proposedBySide,
    isViewersTurn:
      (row.status === "PROPOSED" && row.proposedBySide !== viewer.side) || (row.status === "OTHER_TIMES_REQUESTED" && row.proposedBySide === viewer.side),
    timeZone: viewer.timeZone,
    slots: row.status === "PROPOSED" ? readSlots(row.slots).map((slot) => label(slot.startsAt, slot.durationMinutes)) : [],
    confirmed: row.status === "CONFIRMED" && row.startsAt && row.durationMinutes ? label(row.startsAt, row.durationMinutes) : null,
    callUrl: row.callUrl,
    note: row.note,
    otherTimesNote: row.otherTimesNote,
    cancelReason: row.cancelReason,
    cancelledBySide: row.cancelledBySide,
  };
}
