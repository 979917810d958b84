import type { TimesheetWeekStatus } from "@/generated/prisma/enums";
import { AppError } from "@/lib/errors";

// Every legal status change of a timesheet week. Code applies a change with the expected status in the
// `where` (or under the week's row lock), so of two concurrent attempts only one wins.
//   OPEN → IN_REVIEW   the end of Sunday in the week's time zone (the close job), with hours logged
//   OPEN → APPROVED    the same, with nothing logged: nothing to bill
//   IN_REVIEW → APPROVED   the client approves, or the review window ends without an answer
//   IN_REVIEW → DISPUTED   the client disputes: billed, and decided by an admin through the dispute flow

export const WEEK_TRANSITIONS: Record<TimesheetWeekStatus, readonly TimesheetWeekStatus[]> = {
  OPEN: ["IN_REVIEW", "APPROVED"],
  IN_REVIEW: ["APPROVED", "DISPUTED"],
  APPROVED: [],
  DISPUTED: [],
};

const WEEK_WORDS: Record<TimesheetWeekStatus, string> = {
  OPEN: "still open for time entries",
  IN_REVIEW: "waiting for the client's review",
  APPROVED: "already approved",
  DISPUTED: "disputed",
};

export const canChangeWeek = (from: TimesheetWeekStatus, to: TimesheetWeekStatus) => WEEK_TRANSITIONS[from].includes(to);

export function assertWeekTransition(from: TimesheetWeekStatus, to: TimesheetWeekStatus, action: string) {
  if (!canChangeWeek(from, to)) throw new AppError("CONFLICT", `This week is ${WEEK_WORDS[from]}, so you cannot ${action} it.`);
}

/** Only a closed week in review takes the client's answer: an open week's closing to APPROVED is the close job's alone. */
export function assertWeekInReview(from: TimesheetWeekStatus, action: string) {
  if (from !== "IN_REVIEW") throw new AppError("CONFLICT", `This week is ${WEEK_WORDS[from]}, so you cannot ${action} it.`);
}
