import { apiRoute } from "@/lib/api/route";
import { listVettingQueue } from "@/lib/vetting/admin/list-vetting-queue";
import { vettingQueueQuerySchema } from "@/lib/vetting/admin/schemas";

export const GET = apiRoute({ access: ["ADMIN"], query: vettingQueueQuerySchema }, async ({ user, query }) => listVettingQueue({ user, query }));
