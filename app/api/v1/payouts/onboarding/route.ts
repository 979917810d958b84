import { apiRoute } from "@/lib/api/route";
import { emptyBodySchema } from "@/lib/payments/api-schemas";
import { startPayoutOnboarding } from "@/lib/payments/payouts";

export const POST = apiRoute({ access: ["EXPERT"], body: emptyBodySchema }, async ({ user }) => startPayoutOnboarding({ user }));
