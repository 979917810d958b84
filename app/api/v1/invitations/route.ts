import { apiRoute } from "@/lib/api/route";
import { listInvitations } from "@/lib/invitations/list-invitations";

export const GET = apiRoute({ access: ["EXPERT"] }, async ({ user }) => listInvitations({ user }));
