import { db } from "@/lib/db";
import { notifyUsers } from "@/lib/notifications/notify";
import { companyRecipients } from "@/lib/teams/company-recipients";
import { formatSlotRange } from "./zoned-time";

export const REMINDER_LEAD_MS = 60 * 60_000;

/**
 * An hour before a confirmed interview, both sides are reminded. The job carries the time it was
 * queued for: an interview cancelled or moved since then is not reminded of (the new time has its own job).
 */
export async function remindInterview({ interviewId, startsAt }: { interviewId: string; startsAt: string }) {
  const interview = await db.hiringInterview.findFirst({
    where: { id: interviewId, status: "CONFIRMED", startsAt: new Date(startsAt) },
    select: {
      id: true,
      startsAt: true,
      durationMinutes: true,
      callUrl: true,
      clientTimeZone: true,
      match: {
        select: {
          request: { select: { id: true, title: true } },
          expertProfile: { select: { timezone: true, userId: true } },
        },
      },
    },
  });
  if (!interview?.startsAt || !interview.durationMinutes) return false;
  const { match } = interview;
  await db.$transaction(async (tx) => {
    const sides = [
      {
        userIds: await companyRecipients(tx, { requestId: match.request.id }, ["manageRequests"]),
        timeZone: interview.clientTimeZone,
        link: `/client/requests/${match.request.id}`,
      },
      { userIds: [match.expertProfile.userId], timeZone: match.expertProfile.timezone ?? "UTC", link: "/expert/invitations" },
    ];
    for (const side of sides) {
      await notifyUsers(tx, side.userIds, {
        kind: "interview.reminder",
        title: `Interview in an hour: ${match.request.title}`,
        body: `${formatSlotRange(interview.startsAt as Date, interview.durationMinutes as number, side.timeZone)}\n\nJoin the call: ${interview.callUrl}`,
        link: side.link,
        dedupeKey: `interview-reminder:${interview.id}:${startsAt}`,
      });
    }
  });
  return true;
}
