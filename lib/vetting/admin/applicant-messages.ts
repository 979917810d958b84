import type { VettingStatus } from "@/generated/prisma/enums";
import { formatDate, formatDateTime } from "@/lib/format";
import type { NotificationMessage } from "@/lib/notifications/notify";

// What the applicant reads, in the app and by email, at each step. Internal notes and scores never
// appear here; a rejection carries the reason written for the applicant and the re-apply date.

const APPLICATION_LINK = "/expert";

const ADVANCED: Partial<Record<VettingStatus, Pick<NotificationMessage, "title" | "body">>> = {
  SCREENING: {
    title: "Your Vetted application moves to screening",
    body: "Thank you for applying. We have read your application and would like to learn more about your experience: a reviewer will look closely at your work next. We will be in touch soon.",
  },
  INTERVIEW: {
    title: "You're invited to a Vetted interview",
    body: "Your screening went well, thank you. The next step is a technical interview with one of our reviewers. We will send you the time and the meeting link shortly.",
  },
  APPROVED: {
    title: "Welcome to Vetted: you're approved",
    body: "Congratulations, you passed our vetting. Clients can now be matched with you. Keep your rate and availability up to date so the right invitations reach you.",
  },
};

export function decisionMessage(decision: { id: string; toStatus: VettingStatus; reason: string | null; reapplyAfter: Date | null }): NotificationMessage {
  const base = { kind: `vetting.${decision.toStatus.toLowerCase()}`, link: APPLICATION_LINK, dedupeKey: `vetting-decision:${decision.id}` };
  if (decision.toStatus === "REJECTED") {
    const reapply = decision.reapplyAfter ? ` You are welcome to apply again from ${formatDate(decision.reapplyAfter)}.` : "";
    return {
      ...base,
      title: "An update on your Vetted application",
      body: `Thank you for the time and care you put into your application. After a careful review we are not able to move forward with it right now. Our reviewer's note: ${decision.reason ?? ""}${reapply}`,
    };
  }
  const advanced = ADVANCED[decision.toStatus];
  if (!advanced) throw new Error(`There is no applicant message for a move to ${decision.toStatus}.`);
  return { ...base, ...advanced };
}

export function interviewMessage(interview: { id: string; scheduledAt: Date; meetingUrl: string; isRescheduled: boolean }): NotificationMessage {
  const when = formatDateTime(interview.scheduledAt);
  return {
    kind: "vetting.interview-scheduled",
    title: interview.isRescheduled ? `Your Vetted interview has moved to ${when}` : `Your Vetted interview: ${when}`,
    body: `Your technical interview is on ${when}. Join the call here: ${interview.meetingUrl}. It takes about an hour; have a recent project ready to talk through. If the time does not work for you, contact us and we will find another.`,
    link: APPLICATION_LINK,
    dedupeKey: `interview:${interview.id}:${interview.scheduledAt.getTime()}`,
  };
}
