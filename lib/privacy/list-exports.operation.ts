import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { dataExportListSchema } from "./api-schemas";
import { listDataExports } from "./list-exports";

export const listExportsOperation = defineOperation({
  method: "GET",
  path: "/api/v1/privacy/exports",
  summary: "Your data exports, newest first, with each one's progress",
  tag: "Privacy",
  access: "user",
  output: { status: 200, description: "The signed-in user's own exports.", schema: dataExportListSchema },
  handler: async ({ user }) => ({ exports: await listDataExports({ user, now: now() }) }),
});
