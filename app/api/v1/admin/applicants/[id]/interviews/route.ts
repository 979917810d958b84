import { apiRoute } from "@/lib/api/route";
import { scheduleInterview } from "@/lib/vetting/admin/schedule-interview";
import { scheduleInterviewSchema } from "@/lib/vetting/schemas";

export const POST = apiRoute({ access: ["ADMIN"], body: scheduleInterviewSchema, status: 201 }, async ({ user, params, body }) =>
  scheduleInterview({ user, expertProfileId: params.id, input: body }),
);
