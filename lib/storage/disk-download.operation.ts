import { z } from "zod";
import { defineOperation } from "@/lib/api/operation";
import { now } from "@/lib/clock";
import { serveDiskDownload } from "./disk-routes";

const tokenPathSchema = z.object({ token: z.string().min(1).max(4000) });

// The disk driver's presigned GET: GET /api/v1/files/{id}/download redirects here after its access check.

export const diskDownloadOperation = defineOperation({
  method: "GET",
  path: "/api/v1/storage/downloads/{token}",
  summary: "A file's bytes through a short-lived signed link (disk storage driver only); a changed or expired link is a 403",
  tag: "Files",
  access: "public",
  input: { params: tokenPathSchema },
  output: { status: 200, description: "The file, as an attachment (or inline for image and PDF previews)." },
  errors: [403, 404],
  handler: async ({ params }) => serveDiskDownload({ token: params.token, now: now() }),
});
