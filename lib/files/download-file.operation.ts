import { defineOperation } from "@/lib/api/operation";
import { redirect } from "@/lib/api/respond";
import { signedFileUrl } from "./download-file";
import { downloadQuerySchema, filePathSchema } from "./schemas";

export const downloadFileOperation = defineOperation({
  method: "GET",
  path: "/api/v1/files/{id}/download",
  summary: "Download a file you may see: a 302 to a signed link valid for a few minutes; ?inline=1 previews images and PDFs in the browser",
  tag: "Files",
  access: "user",
  input: { params: filePathSchema, query: downloadQuerySchema },
  output: { status: 302, description: "Location: the signed link." },
  errors: [404],
  handler: async ({ user, params, query, requestId }) => {
    const inline = query.inline === "1" || query.inline === "true";
    return redirect(await signedFileUrl({ user, fileId: params.id, variant: "file", inline }), requestId);
  },
});
