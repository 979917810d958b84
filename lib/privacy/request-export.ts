import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError, conflict } from "@/lib/errors";
import { enqueueJobs } from "@/lib/jobs/queue";
import type { SessionUser } from "@/lib/sessions/session-user";
import { type DataExportView, EXPORT_VIEW_SELECT, toExportView } from "./export-view";
import { EXPORTS_PER_DAY } from "./limits";

const DAY_MS = 86_400_000;
const IN_FLIGHT = "We are already preparing an export for you. It will be ready in a few minutes: refresh this page to see its progress.";

/**
 * Queues a new export of the user's data for the worker. One at a time per user (the user's row is
 * locked while checking, and a partial unique index backs it up), and at most EXPORTS_PER_DAY a day.
 */
export async function requestDataExport({ user, now }: { user: SessionUser; now: Date }): Promise<DataExportView> {
  try {
    return await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM users WHERE id = ${user.id} FOR UPDATE`;
      const recent = await tx.dataExport.findMany({
        where: { userId: user.id, createdAt: { gt: new Date(now.getTime() - DAY_MS) } },
        orderBy: { createdAt: "asc" },
        select: { status: true, createdAt: true },
      });
      if (recent.some((existing) => existing.status === "QUEUED" || existing.status === "BUILDING")) throw conflict(IN_FLIGHT);
      if (recent.length >= EXPORTS_PER_DAY) {
        const retryAfterSeconds = Math.max(1, Math.ceil((recent[0].createdAt.getTime() + DAY_MS - now.getTime()) / 1000));
        throw new AppError("RATE_LIMITED", `You can ask for ${EXPORTS_PER_DAY} exports a day. Download the one you have, or try again tomorrow.`, {
          retryAfterSeconds,
        });
      }
      const created = await tx.dataExport.create({ data: { userId: user.id, createdAt: now }, select: EXPORT_VIEW_SELECT });
      await enqueueJobs(tx, [{ kind: "privacy.build-export", payload: { exportId: created.id }, runAt: now, dedupeKey: `data-export:${created.id}` }]);
      return toExportView(created, now);
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw conflict(IN_FLIGHT);
    throw error;
  }
}
