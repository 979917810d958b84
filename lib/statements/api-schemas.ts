import { z } from "zod";
import { monthSchema } from "./months";

// The earnings API's shapes, for the OpenAPI document and the output checks.

const timestamp = z.iso.datetime();
const status = z.enum(["QUEUED", "BUILDING", "READY", "FAILED"]);

export const statementSchema = z
  .object({
    id: z.string(),
    month: z.string().meta({ description: "YYYY-MM; months are calendar months in UTC." }),
    status,
    failureReason: z.string().nullable(),
    readyAt: timestamp.nullable(),
    createdAt: timestamp,
    pdfDownloadPath: z.string().nullable().meta({ description: "Where the PDF downloads from once ready (302 to a short-lived signed URL)." }),
    csvDownloadPath: z.string().nullable().meta({ description: "Where the CSV downloads from once ready." }),
  })
  .meta({ id: "EarningsStatement" });

const totalsSchema = z.object({
  currency: z.string(),
  openingHeldCents: z.number().int(),
  fundedCents: z.number().int(),
  releasedCents: z.number().int(),
  feesCents: z.number().int(),
  netCents: z.number().int(),
  refundedCents: z.number().int(),
  closingHeldCents: z.number().int(),
  paidOutCents: z.number().int(),
});

export const earningsSchema = z
  .object({
    currentMonth: z.object({ month: z.string(), totals: z.array(totalsSchema) }).meta({ description: "The month so far, read from the ledger now." }),
    months: z.array(
      z.object({
        month: z.string(),
        isCurrent: z.boolean(),
        totals: z.array(z.object({ currency: z.string(), releasedCents: z.number().int(), feesCents: z.number().int(), netCents: z.number().int() })),
        statement: statementSchema.nullable(),
        isOutdated: z.boolean().meta({ description: "Something in the month changed after its statement was made; asking again makes a new one." }),
      }),
    ),
  })
  .meta({ id: "Earnings" });

export const requestStatementSchema = z.strictObject({ month: monthSchema.meta({ description: "The calendar month (UTC), YYYY-MM.", examples: ["2026-11"] }) });
