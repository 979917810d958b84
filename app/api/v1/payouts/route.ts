import { apiRoute } from "@/lib/api/route";
import { getPayoutStatus } from "@/lib/payments/payouts";

export const GET = apiRoute({ access: ["EXPERT"] }, async ({ user }) => getPayoutStatus({ user }));
