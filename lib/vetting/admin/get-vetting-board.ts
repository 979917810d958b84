import type { SessionUser } from "@/lib/auth/session";
import { now as clockNow } from "@/lib/clock";
import { assertVettingAdmin } from "./access";
import { getVettingFunnel } from "./get-vetting-funnel";
import { listVettingQueue } from "./list-vetting-queue";
import type { VettingQueueQuery } from "./schemas";

export type VettingBoard = Awaited<ReturnType<typeof getVettingBoard>>;

/** Admins only: what /admin/vetting shows, the queue of one stage and the funnel, read at one "now". */
export async function getVettingBoard(options: { user: SessionUser; query: VettingQueueQuery; periodDays?: number; now?: Date }) {
  const { user, query, periodDays, now = clockNow() } = options;
  assertVettingAdmin(user);
  const [queue, funnel] = await Promise.all([listVettingQueue({ user, query, now }), getVettingFunnel({ user, periodDays, now })]);
  return { queue, funnel };
}
