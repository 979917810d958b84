import { z } from "zod";
import { idPathSchema } from "@/lib/api/path-params";

// The files API's shapes: the upload's start, and the summary every place that shows files uses.

export const FILE_PURPOSES = ["CHAT_ATTACHMENT", "MILESTONE_DELIVERABLE", "REQUEST_BRIEF", "PORTFOLIO", "PROFILE_PHOTO", "DISPUTE_EVIDENCE"] as const;

export const startUploadSchema = z.strictObject({
  purpose: z.enum(FILE_PURPOSES, { error: `Say where the file goes: one of ${FILE_PURPOSES.join(", ")}.` }),
  name: z.string().trim().min(1, "The file needs a name.").max(1000, "The file name is too long."),
  size: z.number({ error: "Send the file's size in bytes." }).int().nonnegative(),
  contentType: z.string().max(200).default(""),
});

export type StartUploadInput = z.output<typeof startUploadSchema>;

export const filePathSchema = idPathSchema("file");

export const downloadQuerySchema = z.strictObject({ inline: z.enum(["1", "0", "true", "false"]).optional() });

export const fileSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    size: z.number().int().nonnegative(),
    contentType: z.string(),
    isImage: z.boolean(),
    hasThumbnail: z.boolean(),
    downloadUrl: z.string().meta({ description: "GET it for a short-lived signed link (302) to the bytes" }),
    thumbnailUrl: z.string().optional(),
  })
  .meta({ id: "FileSummary" });

export type FileSummary = z.output<typeof fileSummarySchema>;

export const uploadTargetSchema = z
  .object({
    method: z.enum(["PUT", "POST"]),
    url: z.string().meta({ description: "Absolute for object storage; relative to this API's origin for the disk driver" }),
    headers: z.record(z.string(), z.string()).optional().meta({ description: "Send these exactly: they are signed" }),
    fields: z.record(z.string(), z.string()).optional(),
  })
  .meta({ id: "UploadTarget" });

export const uploadedFileSchema = fileSummarySchema
  .extend({
    status: z.enum(["PENDING", "READY", "REJECTED"]),
    rejectedReason: z.string().nullable(),
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
  })
  .meta({ id: "UploadedFile" });

export const startedUploadSchema = z.object({ file: uploadedFileSchema, upload: uploadTargetSchema }).meta({ id: "StartedUpload" });
export const completedUploadSchema = z.object({ file: uploadedFileSchema }).meta({ id: "CompletedUpload" });
