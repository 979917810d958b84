import { apiRoute } from "@/lib/api/route";
import { now } from "@/lib/clock";
import { emptyBodySchema } from "@/lib/payments/api-schemas";
import { submitApplication } from "@/lib/vetting/application/submit-application";

export const POST = apiRoute({ access: ["EXPERT"], body: emptyBodySchema }, async ({ user }) => submitApplication({ user, now: now() }));
