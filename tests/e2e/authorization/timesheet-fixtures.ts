import { randomUUID } from "node:crypto";
import { withDatabase } from "./api-client";
import type { OwnerSet } from "./fixtures";

// Set A's hourly contract, written straight to the database (A's request has its fixed-price proposal
// already): active, in UTC weeks, with an entry in this week (open) and a closed week in review.

export type TimesheetRecords = { contractId: string; entryId: string; reviewWeekId: string };

export async function createTimesheetRecords(set: OwnerSet): Promise<TimesheetRecords> {
  const contractId = `e2e_authz_hourly_${randomUUID()}`;
  const openWeekId = `e2e_authz_week_${randomUUID()}`;
  const reviewWeekId = `e2e_authz_week_${randomUUID()}`;
  const entryId = `e2e_authz_entry_${randomUUID()}`;
  const monday = `date_trunc('week', now() AT TIME ZONE 'UTC')`;
  await withDatabase(async (database) => {
    await database.query(
      `INSERT INTO contracts (id, "requestId", "companyId", "clientUserId", "expertProfileId", title, status, currency, "totalCents", billing,
         "hourlyRateCents", "weeklyCapMinutes", "weekTimeZone", "acceptedAt", "updatedAt")
       SELECT $1, r.id, r."companyId", $3, $4, 'Authorization matrix hourly contract', 'ACTIVE', r.currency, 0, 'HOURLY', 5000, 4800, 'UTC', now(), now()
       FROM hiring_requests r WHERE r.id = $2`,
      [contractId, set.requestId, set.client.userId, set.expertProfileId],
    );
    await database.query(
      `INSERT INTO timesheet_weeks (id, "contractId", "weekStart", "startsAt", "endsAt", status, "hourlyRateCents", "capMinutes", "totalMinutes", "updatedAt")
       VALUES ($1, $2, ${monday}::date, ${monday}, ${monday} + interval '7 days', 'OPEN', 5000, 4800, 60, now())`,
      [openWeekId, contractId],
    );
    await database.query(
      `INSERT INTO time_entries (id, "weekId", date, minutes, description, "createdById", "updatedAt") VALUES ($1, $2, ${monday}::date, 60, 'Matrix work', $3, now())`,
      [entryId, openWeekId, set.expert.userId],
    );
    await database.query(
      `INSERT INTO timesheet_weeks (id, "contractId", "weekStart", "startsAt", "endsAt", status, "hourlyRateCents", "capMinutes", "totalMinutes", "amountCents",
         "closedAt", "reviewEndsAt", "updatedAt")
       VALUES ($1, $2, (${monday} - interval '7 days')::date, ${monday} - interval '7 days', ${monday}, 'IN_REVIEW', 5000, 4800, 120, 10000,
         now(), now() + interval '5 days', now())`,
      [reviewWeekId, contractId],
    );
    await database.query(
      `INSERT INTO time_entries (id, "weekId", date, minutes, description, "createdById", "updatedAt") VALUES ($1, $2, (${monday} - interval '7 days')::date, 120, 'Last week', $3, now())`,
      [`e2e_authz_entry_${randomUUID()}`, reviewWeekId, set.expert.userId],
    );
  });
  return { contractId, entryId, reviewWeekId };
}

/** Today's date in UTC, the matrix contract's week zone: a valid entry's day. */
export const todayInUtc = () => new Date().toISOString().slice(0, 10);
