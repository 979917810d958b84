import { z } from "zod";
import { idPathSchema } from "@/lib/api/path-params";

// The privacy API's shapes, for the OpenAPI document and the output checks.

const timestamp = z.iso.datetime();

export const dataExportSchema = z
  .object({
    id: z.string(),
    status: z.enum(["QUEUED", "BUILDING", "READY", "EXPIRED", "FAILED"]),
    sectionsDone: z.number().int(),
    sectionsTotal: z.number().int().meta({ description: "0 until the worker starts building." }),
    sizeBytes: z.number().int().nullable(),
    failureReason: z.string().nullable(),
    readyAt: timestamp.nullable(),
    expiresAt: timestamp.nullable().meta({ description: "When a ready export's download stops working (7 days after it was ready)." }),
    createdAt: timestamp,
    downloadPath: z.string().nullable().meta({ description: "Where a ready export downloads from, signed in as its owner." }),
  })
  .meta({ id: "DataExport" });

export const dataExportListSchema = z.object({ exports: z.array(dataExportSchema) }).meta({ id: "DataExportList" });

export const exportPathSchema = idPathSchema("export");
