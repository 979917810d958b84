import { db } from "@/lib/db";
import { notifyAdmins } from "@/lib/notifications/notify";
import { type MatchingConfig, matchingConfig } from "./config";
import { deliverShortlist } from "./deliver-shortlist";
import { lockRequest } from "./lock-request";

/** T−2 h: without enough acceptances, admins are alerted once. */
export async function alertIfAtRisk(options: { requestId: string; now: Date; config?: MatchingConfig }) {
  const config = options.config ?? matchingConfig();
  return db.$transaction(async (tx) => {
    if ((await lockRequest(tx, options.requestId)) !== "MATCHING") return { alerted: false };
    const accepted = await tx.match.count({ where: { requestId: options.requestId, status: "ACCEPTED" } });
    if (accepted >= config.shortlistSize) return { alerted: false };
    const { count } = await tx.hiringRequest.updateMany({
      where: { id: options.requestId, atRiskAlertedAt: null },
      data: { atRiskAlertedAt: options.now },
    });
    if (!count) return { alerted: false };
    const request = await tx.hiringRequest.findUniqueOrThrow({ where: { id: options.requestId }, select: { title: true } });
    await notifyAdmins(tx, {
      kind: "sla.at-risk",
      title: `At risk: "${request.title}" has ${accepted} of ${config.shortlistSize} acceptances`,
      body: "Its 8-hour shortlist deadline is two hours away. Step in from the SLA board.",
      link: "/admin/sla",
      dedupeKey: `at-risk:${options.requestId}`,
    });
    return { alerted: true };
  });
}

/** The 8-hour deadline: deliver with at least one acceptance, otherwise flag the breach for admins. */
export async function closeMatchingWindow(options: { requestId: string; now: Date }) {
  return db.$transaction(async (tx) => {
    if ((await lockRequest(tx, options.requestId)) !== "MATCHING") return { outcome: "not-matching" as const };
    const accepted = await tx.match.count({ where: { requestId: options.requestId, status: "ACCEPTED" } });
    if (accepted > 0) {
      await deliverShortlist(tx, options.requestId, options.now);
      return { outcome: "shortlisted" as const };
    }
    const { count } = await tx.hiringRequest.updateMany({
      where: { id: options.requestId, slaBreached: false },
      data: { slaBreached: true },
    });
    if (count) {
      const request = await tx.hiringRequest.findUniqueOrThrow({ where: { id: options.requestId }, select: { title: true } });
      await notifyAdmins(tx, {
        kind: "sla.breached",
        title: `SLA breached: "${request.title}" has no accepted expert`,
        body: "The 8-hour deadline passed with no acceptance. Hand-pick experts from the SLA board.",
        link: "/admin/sla",
        dedupeKey: `breached:${options.requestId}`,
      });
    }
    return { outcome: "breached" as const };
  });
}
