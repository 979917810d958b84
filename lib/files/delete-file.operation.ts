import { z } from "zod";
import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { deleteFile } from "./delete-file";
import { filePathSchema } from "./schemas";

export const deleteFileOperation = defineOperation({
  method: "DELETE",
  path: "/api/v1/files/{id}",
  summary: "Delete a file you uploaded that is not attached to anything (or cancel its upload)",
  tag: "Files",
  access: "user",
  input: { params: filePathSchema },
  output: { status: 200, description: "Deleted (an upload in progress: cancelled).", schema: z.object({ id: z.string(), isDeleted: z.literal(true) }) },
  errors: [404, 409],
  handler: async ({ user, params }) => {
    await deleteFile({ user, fileId: params.id, now: now() });
    return { id: params.id, isDeleted: true as const };
  },
});
