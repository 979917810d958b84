import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { startedUploadSchema, startUploadSchema } from "./schemas";
import { startUpload } from "./start-upload";

export const startUploadOperation = defineOperation({
  method: "POST",
  path: "/api/v1/files",
  summary: "Start uploading a file: checks its declared size, type and your quota, and returns a signed URL to send the bytes to (then complete it)",
  tag: "Files",
  access: "user",
  input: { body: startUploadSchema },
  output: { status: 201, description: "Send the bytes as `upload` says, then POST /api/v1/files/{id}/complete.", schema: startedUploadSchema },
  errors: [400, 413, 415, 422, 429],
  handler: async ({ user, body }) => startUpload({ user, ...body, now: now() }),
});
