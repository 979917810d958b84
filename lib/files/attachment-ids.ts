import { z } from "zod";

// The ids of uploaded files a message, a milestone submission or a request brief carries. Each id is
// checked against the database when attached (lib/files attachFiles); here only its shape and the count.

const malformedFileId = "A file id is malformed: use the id POST /api/v1/files returned.";
export const fileIdSchema = z
  .string({ error: malformedFileId })
  .min(1, malformedFileId)
  .max(64, malformedFileId)
  .regex(/^[\w-]+$/, malformedFileId);

/** At most `max` distinct file ids. */
export function fileIdListSchema(max: number, tooMany: string) {
  return z
    .array(fileIdSchema, { error: "fileIds must be a list of file ids." })
    .max(max, tooMany)
    .refine((ids) => new Set(ids).size === ids.length, "Each file once, please.");
}
