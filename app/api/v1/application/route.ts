import { apiRoute } from "@/lib/api/route";
import { now } from "@/lib/clock";
import { getApplication } from "@/lib/vetting/application/get-application";

export const GET = apiRoute({ access: ["EXPERT"] }, async ({ user }) => getApplication({ user, now: now() }));
