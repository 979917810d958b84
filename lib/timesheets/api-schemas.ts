import { z } from "zod";

// The timesheet API's path ids, query and answers (for the operations and the OpenAPI document). Inputs
// are in schemas.ts. Dates travel as ISO 8601 strings, calendar days as YYYY-MM-DD, money as integer
// cents, time as minutes (with hours beside them on entries).

const dateTime = z.iso.datetime();
const calendarDate = z.string().meta({ description: "A calendar day in the contract's week time zone, YYYY-MM-DD." });
const weekStatus = z.enum(["OPEN", "IN_REVIEW", "APPROVED", "DISPUTED"]);

const pathSchema = (what: string) => {
  const malformed = `The ${what} id in the URL is malformed.`;
  return z.object({ id: z.string({ error: malformed }).min(1, malformed).max(64, malformed) });
};
export const contractPathSchema = pathSchema("contract");
export const timeEntryPathSchema = pathSchema("time entry");
export const weekPathSchema = pathSchema("week");

export const listTimeEntriesQuerySchema = z.strictObject({
  week: z.iso
    .date({ error: "Name the week by its Monday, as YYYY-MM-DD." })
    .optional()
    .meta({ description: "The week's Monday; the current week when left out." }),
});

export const timeEntrySchema = z
  .object({
    id: z.string(),
    weekId: z.string(),
    date: calendarDate,
    minutes: z.number().int(),
    hours: z.number().meta({ description: "minutes / 60: quarter hours." }),
    description: z.string(),
    createdAt: dateTime,
    updatedAt: dateTime,
  })
  .meta({ id: "TimeEntry" });

export const deletedTimeEntrySchema = z
  .object({ id: z.string(), deleted: z.literal(true), weekTotalMinutes: z.number().int() })
  .meta({ id: "DeletedTimeEntry" });

export const weekEntriesSchema = z
  .object({
    weekStart: calendarDate,
    weekId: z.string().nullable().meta({ description: "Null until the week's first entry." }),
    status: weekStatus,
    totalMinutes: z.number().int(),
    capMinutes: z.number().int(),
    entries: z.array(timeEntrySchema),
  })
  .meta({ id: "WeekEntries" });

export const weekDecisionSchema = z
  .object({ id: z.string(), status: z.enum(["APPROVED", "DISPUTED"]), milestoneId: z.string(), amountCents: z.number().int() })
  .meta({ id: "WeekDecision" });

const milestoneStatus = z.enum(["PENDING", "FUNDING", "FUNDED", "SUBMITTED", "CHANGES_REQUESTED", "RELEASED", "REFUNDED", "DISPUTED"]);

export const timesheetSchema = z
  .object({
    contractId: z.string(),
    currency: z.string(),
    hourlyRateCents: z.number().int(),
    weeklyCapMinutes: z.number().int(),
    weekTimeZone: z.string(),
    today: calendarDate,
    currentWeek: z.object({
      id: z.string().nullable(),
      weekStart: calendarDate,
      startsAt: dateTime,
      endsAt: dateTime.meta({ description: "The end of Sunday in weekTimeZone: the week closes then." }),
      dates: z.array(calendarDate),
      status: weekStatus,
      capMinutes: z.number().int(),
      totalMinutes: z.number().int(),
      remainingMinutes: z.number().int(),
      entries: z.array(timeEntrySchema),
    }),
    pastWeeks: z.array(
      z.object({
        id: z.string(),
        weekStart: calendarDate,
        startsAt: dateTime,
        endsAt: dateTime,
        status: weekStatus,
        hourlyRateCents: z.number().int(),
        capMinutes: z.number().int(),
        totalMinutes: z.number().int(),
        amountCents: z.number().int().nullable().meta({ description: "round half up(totalMinutes × hourlyRateCents / 60), fixed at close." }),
        closedAt: dateTime.nullable(),
        reviewEndsAt: dateTime.nullable().meta({ description: "The client approves or disputes until then; silence approves." }),
        approvedAt: dateTime.nullable(),
        isAutoApproved: z.boolean(),
        disputedAt: dateTime.nullable(),
        disputeReason: z.string().nullable(),
        milestone: z
          .object({ id: z.string(), status: milestoneStatus, releasedAt: dateTime.nullable(), fundingFailureReason: z.string().nullable() })
          .nullable()
          .meta({ description: "The HOURLY_WEEK milestone that bills the week, once approved or disputed." }),
        entries: z.array(timeEntrySchema),
        actions: z.object({ approve: z.boolean(), dispute: z.boolean() }),
      }),
    ),
    actions: z.object({ log: z.boolean() }),
  })
  .meta({ id: "Timesheet" });
