import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { dataExportSchema } from "./api-schemas";
import { requestDataExport } from "./request-export";

export const requestExportOperation = defineOperation({
  method: "POST",
  path: "/api/v1/privacy/exports",
  summary: "Ask for a copy of everything Vetted holds about you: a zip of JSON files, built in the background and emailed when ready",
  tag: "Privacy",
  access: "user",
  output: { status: 202, description: "The export is queued; follow its progress with GET /api/v1/privacy/exports.", schema: dataExportSchema },
  errors: [409, 429],
  handler: ({ user }) => requestDataExport({ user, now: now() }),
});
