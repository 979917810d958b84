import { db } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { notifyUsers } from "@/lib/notifications/notify";
import { companyRecipients } from "@/lib/teams/company-recipients";
import { lockContract, publishReviews } from "./publish-reviews";
import { daysAgo, endedBeforeWhere, REVIEW_REMINDER_DAYS, reviewWindowDays } from "./window";

// The periodic `reviews.close-windows` job: closes review windows that have run out (publishing what was
// written) and sends the day-7 and day-12 reminders. Each step is a guarded update of the contract
// (`reviewsClosedAt: null`, `reviewRemindersSent < n`), so a run repeated or run by two workers at
// once publishes and reminds once.

const BATCH = 200;

export async function closeReviewWindows(now: Date) {
  const due = await db.contract.findMany({
    where: { reviewsClosedAt: null, ...endedBeforeWhere(daysAgo(now, reviewWindowDays())) },
    select: { id: true },
    orderBy: { id: "asc" },
    take: BATCH,
  });
  let published = 0;
  for (const { id } of due) published += await closeReviewWindow(id, now);
  return { closed: due.length, published };
}

async function closeReviewWindow(contractId: string, now: Date) {
  return db.$transaction(async (tx) => {
    await lockContract(tx, contractId);
    const { count } = await tx.contract.updateMany({ where: { id: contractId, reviewsClosedAt: null }, data: { reviewsClosedAt: now } });
    if (count === 0) return 0;
    const published = await publishReviews(tx, contractId, now);
    if (published > 0) {
      const contract = await tx.contract.findUniqueOrThrow({ where: { id: contractId }, select: { title: true, expertProfile: { select: { userId: true } } } });
      const clientSide = await companyRecipients(tx, { contractId }, ["manageContracts"]);
      await notifyUsers(tx, [contract.expertProfile.userId, ...clientSide], {
        kind: "review.published",
        title: `Reviews for “${contract.title}” are published`,
        body: "The review window has closed, so what was written is now shown to both sides.",
        link: `/contracts/${contractId}`,
        dedupeKey: `review-published:${contractId}`,
      });
    }
    return published;
  });
}

export async function sendReviewReminders(now: Date) {
  const windowDays = reviewWindowDays();
  let sent = 0;
  // The latest reminder due first: a contract that missed the day-7 one gets only the day-12 one.
  for (const [index, day] of [...REVIEW_REMINDER_DAYS.entries()].reverse()) {
    if (day >= windowDays) continue;
    const reminder = index + 1;
    const due = await db.contract.findMany({
      where: {
        reviewsClosedAt: null,
        reviewRemindersSent: { lt: reminder },
        AND: [endedBeforeWhere(daysAgo(now, day)), { NOT: endedBeforeWhere(daysAgo(now, windowDays)) }],
      },
      select: { id: true },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    for (const { id } of due) sent += await remindContract(id, reminder, windowDays - day, now);
  }
  return sent;
}

async function remindContract(contractId: string, reminder: number, daysLeft: number, now: Date) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.contract.updateMany({
      where: { id: contractId, reviewsClosedAt: null, reviewRemindersSent: { lt: reminder } },
      data: { reviewRemindersSent: reminder },
    });
    if (count === 0) return 0;
    const contract = await tx.contract.findUniqueOrThrow({
      where: { id: contractId },
      select: { title: true, expertProfile: { select: { userId: true } }, reviews: { select: { direction: true } } },
    });
    const written = new Set(contract.reviews.map((review) => review.direction));
    const recipients = [
      ...(written.has("EXPERT_TO_CLIENT") ? [] : [contract.expertProfile.userId]),
      ...(written.has("CLIENT_TO_EXPERT") ? [] : await companyRecipients(tx, { contractId }, ["manageContracts"])),
    ];
    const closesOn = formatDate(new Date(now.getTime() + daysLeft * 24 * 60 * 60 * 1000));
    await notifyUsers(tx, recipients, {
      kind: "review.reminder",
      title: `Review “${contract.title}”: ${daysLeft} days left`,
      body: `Your review of the other side is still missing. Reviews stay hidden until both sides have written or the window closes around ${closesOn}.`,
      link: `/contracts/${contractId}`,
      dedupeKey: `review-reminder:${contractId}:${reminder}`,
    });
    return recipients.length;
  });
}
