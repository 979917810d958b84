import { defineOperation } from "@/lib/api/operation";
import { redirect } from "@/lib/api/respond";
import { signedFileUrl } from "./download-file";
import { filePathSchema } from "./schemas";

export const downloadThumbnailOperation = defineOperation({
  method: "GET",
  path: "/api/v1/files/{id}/thumbnail",
  summary: "An image's preview (WebP, at most 320 px): a 302 to a signed link valid for a few minutes",
  tag: "Files",
  access: "user",
  input: { params: filePathSchema },
  output: { status: 302, description: "Location: the signed link." },
  errors: [404],
  handler: async ({ user, params, requestId }) => redirect(await signedFileUrl({ user, fileId: params.id, variant: "thumbnail" }), requestId),
});
