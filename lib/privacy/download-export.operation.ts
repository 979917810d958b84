import { defineOperation } from "@/lib/api/operation";
import { attachment } from "@/lib/api/respond";
import { now } from "@/lib/clock";
import { exportPathSchema } from "./api-schemas";
import { downloadDataExport } from "./download-export";

export const downloadExportOperation = defineOperation({
  method: "GET",
  path: "/api/v1/privacy/exports/{id}/download",
  summary: "Download your ready data export (a zip); anyone else's export, or an expired one, is a 404",
  tag: "Privacy",
  access: "user",
  input: { params: exportPathSchema },
  output: { status: 200, description: "application/zip: one JSON file per section and a README.txt." },
  errors: [404],
  handler: async ({ user, params, requestId }) => {
    const { bytes, filename } = await downloadDataExport({ user, exportId: params.id, now: now() });
    return attachment(bytes, { filename, contentType: "application/zip", requestId });
  },
});
