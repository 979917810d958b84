import { apiRoute } from "@/lib/api/route";
import { getApplicant } from "@/lib/vetting/admin/get-applicant";

export const GET = apiRoute({ access: ["ADMIN"] }, async ({ user, params }) => getApplicant({ user, expertProfileId: params.id }));
