import { z } from "zod";
import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { receiveDiskUpload } from "./disk-routes";

const tokenPathSchema = z.object({ token: z.string().min(1).max(4000) });

// The disk driver's presigned PUT: the signed URL is the permission, so no session is needed.

export const diskUploadOperation = defineOperation({
  method: "PUT",
  path: "/api/v1/storage/uploads/{token}",
  summary: "Upload a file's bytes to the URL POST /api/v1/files returned (disk storage driver only); the link expires and takes one upload",
  tag: "Files",
  access: "public",
  input: {
    params: tokenPathSchema,
    rawBody: { contentType: "application/octet-stream", description: "The file's bytes, with the Content-Type the upload was started with." },
  },
  output: { status: 200, description: "Stored; now complete the upload.", schema: z.object({ size: z.number().int().nonnegative() }) },
  errors: [403, 404, 409, 413],
  handler: async ({ params, request }) => receiveDiskUpload({ token: params.token, request, now: now() }),
});
