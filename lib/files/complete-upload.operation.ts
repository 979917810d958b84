import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { completeUpload } from "./complete-upload";
import { completedUploadSchema, filePathSchema } from "./schemas";

export const completeUploadOperation = defineOperation({
  method: "POST",
  path: "/api/v1/files/{id}/complete",
  summary: "Check an uploaded file's bytes (size, type by content, image preview): READY, or a 422 saying why it was rejected and deleted; repeatable",
  tag: "Files",
  access: "user",
  input: { params: filePathSchema },
  output: { status: 200, description: "The file is ready to attach.", schema: completedUploadSchema },
  errors: [400, 404, 409, 422],
  handler: async ({ user, params }) => completeUpload({ user, fileId: params.id, now: now() }),
});
