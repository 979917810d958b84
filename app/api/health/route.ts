import { apiRoute } from "@/lib/api/route";
import { json } from "@/lib/api/respond";
import { isDatabaseReachable } from "@/lib/health";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ access: "public" }, async ({ requestId }) => {
  const isReachable = await isDatabaseReachable();
  return isReachable
    ? json({ status: "ok", db: "ok" }, requestId)
    : json({ status: "degraded", db: "unreachable" }, requestId, { status: 503 });
});
