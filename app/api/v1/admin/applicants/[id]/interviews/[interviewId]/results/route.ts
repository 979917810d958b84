import { apiRoute } from "@/lib/api/route";
import { recordInterview } from "@/lib/vetting/admin/record-interview";
import { interviewResultsSchema } from "@/lib/vetting/schemas";

export const POST = apiRoute({ access: ["ADMIN"], body: interviewResultsSchema }, async ({ user, params, body }) =>
  recordInterview({ user, expertProfileId: params.id, interviewId: params.interviewId, input: body }),
);
