import { apiRoute } from "@/lib/api/route";
import { now } from "@/lib/clock";
import { emptyBodySchema } from "@/lib/payments/api-schemas";
import { reapply } from "@/lib/vetting/application/reapply";

export const POST = apiRoute({ access: ["EXPERT"], body: emptyBodySchema }, async ({ user }) => reapply({ user, now: now() }));
