import { z } from "zod";

// The admin exports API's shapes, for the OpenAPI document and the output checks.

const timestamp = z.iso.datetime();

export const ledgerExportSchema = z
  .object({
    id: z.string(),
    kind: z.enum(["LEDGER_ENTRIES", "PAYOUTS"]),
    from: z.string().meta({ description: "First day (UTC), included." }),
    to: z.string().meta({ description: "Last day (UTC), included." }),
    status: z.enum(["QUEUED", "BUILDING", "READY", "FAILED"]),
    rowsDone: z.number().int(),
    failureReason: z.string().nullable(),
    readyAt: timestamp.nullable(),
    createdAt: timestamp,
    requestedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
    downloadPath: z.string().nullable().meta({ description: "Where the CSV downloads from once ready (admins only)." }),
  })
  .meta({ id: "LedgerExport" });

export const ledgerExportListSchema = z.object({ exports: z.array(ledgerExportSchema) }).meta({ id: "LedgerExportList" });
