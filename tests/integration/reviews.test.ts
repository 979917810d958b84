import { describe, expect, it } from "vitest";
import { getContract } from "@/lib/contracts/get-contract";
import { db } from "@/lib/db";
import { AppError, type ErrorCode } from "@/lib/errors";
import { getExpertProfile } from "@/lib/expert-profiles/get-expert-profile";
import { listInvitations } from "@/lib/invitations/list-invitations";
import { deleteAccountOperation } from "@/lib/privacy/delete-account.operation";
import { reviewsSection } from "@/lib/privacy/export-sections-records";
import { clientReputations } from "@/lib/reviews/client-reputation";
import { closeReviewWindows, sendReviewReminders } from "@/lib/reviews/close-review-windows";
import { readContractReviews } from "@/lib/reviews/contract-reviews";
import { readContractReviewsOperation } from "@/lib/reviews/read-contract-reviews.operation";
import { writeReview } from "@/lib/reviews/write-review";
import { writeReviewOperation } from "@/lib/reviews/write-review.operation";
import type { SessionUser } from "@/lib/sessions/session-user";
import { createActiveContract } from "../fixtures/contracts";
import { createAdmin, sessionUserOf } from "../fixtures/matching";
import { callOperation } from "../support/call-operation";

const DAY = 24 * 60 * 60 * 1000;
const at = (base: Date, days: number) => new Date(base.getTime() + days * DAY);

async function expectCode(promise: Promise<unknown>, code: ErrorCode) {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error, `expected ${code}`).toBeInstanceOf(AppError);
  expect((error as AppError).code, (error as AppError).message).toBe(code);
  return error as AppError;
}

/** An active contract whose one milestone was handed in and released, completed at `endedAt`. */
async function completedContract(endedAt = new Date()) {
  const fixture = await createActiveContract();
  await db.milestone.updateMany({
    where: { contractId: fixture.contractId },
    data: { status: "RELEASED", submittedAt: at(endedAt, -2), releasedAt: at(endedAt, -1) },
  });
  await db.contract.update({ where: { id: fixture.contractId }, data: { status: "COMPLETED", completedAt: endedAt } });
  return fixture;
}

const ratingOf = (expertProfileId: string | null) =>
  db.expertProfile.findUniqueOrThrow({ where: { id: expertProfileId! }, select: { ratingCount: true, ratingSum: true } });
const write = (user: SessionUser, contractId: string, rating: number, text: string, now = new Date()) =>
  writeReview({ user, contractId, input: { rating, text }, now });

describe("two-way, double-blind reviews", () => {
  it("hides each review from the other side until both are in, then publishes both and counts the rating once", async () => {
    const { client, expert, contractId } = await completedContract();
    const before = await ratingOf(expert.expertProfileId);

    const clientText = `Sharp and reliable ${contractId}`;
    expect(await write(client, contractId, 5, clientText)).toMatchObject({ direction: "CLIENT_TO_EXPERT", isPublished: false });
    expect(await ratingOf(expert.expertProfileId)).toEqual(before);

    // The expert learns a review exists, never what it says: through the API, the contract page's data and the profile.
    const asExpert = await callOperation(readContractReviewsOperation, expert, { params: { id: contractId } });
    expect(asExpert.status).toBe(200);
    expect(asExpert.json).toMatchObject({ byClient: { isWritten: true, review: null }, byExpert: { isWritten: false, review: null }, canWrite: true });
    expect(JSON.stringify(asExpert.json)).not.toContain(clientText);
    expect(JSON.stringify(await getContract({ user: expert, contractId }))).not.toContain(clientText);
    const profile = await getExpertProfile({ user: client, expertProfileId: expert.expertProfileId! });
    expect(JSON.stringify(profile)).not.toContain(clientText);
    const notifications = await db.notification.findMany({ where: { userId: expert.id, kind: "review.written" }, select: { body: true } });
    expect(notifications).toHaveLength(1);
    expect(notifications[0].body).not.toContain(clientText);
    const mailed = await db.emailOutbox.findMany({ where: { toEmail: expert.email }, select: { text: true } });
    expect(mailed.some((mail) => mail.text.includes(clientText))).toBe(false);
    expect(JSON.stringify(await reviewsSection(expert.id))).not.toContain(clientText);
    // The author's side sees its own, marked unpublished; admins see nothing yet.
    expect((await readContractReviews({ user: client, contractId, now: new Date() })).byClient.review).toMatchObject({ rating: 5, publishedAt: null });
    const admin = await createAdmin();
    expect(JSON.stringify(await readContractReviews({ user: admin, contractId, now: new Date() }))).not.toContain(clientText);

    const expertText = `Clear brief, quick answers ${contractId}`;
    expect(await write(expert, contractId, 4, expertText)).toMatchObject({ direction: "EXPERT_TO_CLIENT", isPublished: true });
    const after = await readContractReviews({ user: expert, contractId, now: new Date() });
    expect(after.byClient.review).toMatchObject({ rating: 5, text: clientText });
    expect(after.byClient.review?.publishedAt).not.toBeNull();
    expect((await readContractReviews({ user: client, contractId, now: new Date() })).byExpert.review).toMatchObject({ rating: 4, text: expertText });
    expect(await ratingOf(expert.expertProfileId)).toEqual({ ratingCount: before.ratingCount + 1, ratingSum: before.ratingSum + 5 });
    expect(JSON.stringify(await getExpertProfile({ user: client, expertProfileId: expert.expertProfileId! }))).toContain(clientText);
    expect(JSON.stringify(await reviewsSection(expert.id))).toContain(clientText);

    // Expert → client ratings show on the company's invitations.
    const reputation = (await clientReputations([(await db.contract.findUniqueOrThrow({ where: { id: contractId } })).companyId])).values().next().value;
    expect(reputation).toMatchObject({ ratingCount: 1, ratingAverage: 4 });
    expect(reputation?.summary).toContain("4.0 from 1 review");
  });

  it("takes one review per side: a second, even sent at the same moment, is a 409", async () => {
    const { client, expert, contractId } = await completedContract();
    const results = await Promise.allSettled([write(client, contractId, 5, "first"), write(client, contractId, 1, "second")]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await db.review.count({ where: { contractId } })).toBe(1);
    await expectCode(write(client, contractId, 3, "again"), "CONFLICT");

    // Both sides at once: both published exactly once, the rating counted once.
    const other = await completedContract();
    const before = await ratingOf(other.expert.expertProfileId);
    await Promise.all([write(other.client, other.contractId, 4, "good"), write(other.expert, other.contractId, 5, "great")]);
    expect(await db.review.count({ where: { contractId: other.contractId, publishedAt: { not: null } } })).toBe(2);
    expect(await ratingOf(other.expert.expertProfileId)).toEqual({ ratingCount: before.ratingCount + 1, ratingSum: before.ratingSum + 4 });
    expect(expert.id).not.toBe(other.expert.id);
  });

  it("opens only once the contract ended with work, for the sides only, and refuses bad input through the API", async () => {
    const { client, expert, contractId } = await createActiveContract();
    await expectCode(write(client, contractId, 5, "too early"), "CONFLICT");
    // Cancelled before any work was handed in: nothing to review.
    await db.contract.update({ where: { id: contractId }, data: { status: "CANCELLED", cancelledAt: new Date() } });
    await expectCode(write(expert, contractId, 5, "nothing to review"), "CONFLICT");
    // Cancelled after work was handed in: reviewable.
    await db.milestone.updateMany({ where: { contractId }, data: { submittedAt: new Date() } });
    expect(await write(expert, contractId, 3, "Cancelled midway, fair enough")).toMatchObject({ isPublished: false });

    const admin = await createAdmin();
    await expectCode(write(admin, contractId, 5, ""), "FORBIDDEN");
    const viewer = await sessionUserOf(client.id);
    await db.companyMember.updateMany({ where: { userId: client.id }, data: { role: "VIEWER" } });
    await expectCode(write(await sessionUserOf(client.id), contractId, 5, ""), "FORBIDDEN");
    expect((await readContractReviews({ user: await sessionUserOf(client.id), contractId, now: new Date() })).canWrite).toBe(false);
    await db.companyMember.updateMany({ where: { userId: client.id }, data: { role: viewer.companyRole ?? "OWNER" } });

    const other = await completedContract();
    await expectCode(write(other.client, contractId, 1, ""), "NOT_FOUND");
    await expectCode(write(other.expert, contractId, 1, ""), "NOT_FOUND");
    await expectCode(readContractReviews({ user: other.client, contractId, now: new Date() }), "NOT_FOUND");
    for (const body of [{ rating: 0 }, { rating: 6 }, { rating: 4.5 }, { rating: "5" }, { rating: 5, text: "x".repeat(2001) }]) {
      const answer = await callOperation(writeReviewOperation, client, { params: { id: contractId }, body });
      expect(answer.status, JSON.stringify(body)).toBe(422);
      expect(answer.json.error?.message).not.toMatch(/zod|invalid_type/i);
    }
    expect(await db.review.count({ where: { contractId, direction: "CLIENT_TO_EXPERT" } })).toBe(0);
  });

  it("publishes what was written when the window closes, once however often the job runs, and then refuses new reviews", async () => {
    const endedAt = at(new Date(), -20);
    const { client, expert, contractId } = await completedContract(endedAt);
    const before = await ratingOf(expert.expertProfileId);
    await write(client, contractId, 2, "Missed deadlines", at(endedAt, 3));
    expect((await readContractReviews({ user: expert, contractId, now: at(endedAt, 13) })).byClient.review).toBeNull();

    const closedAt = at(endedAt, 14.5);
    await Promise.all([closeReviewWindows(closedAt), closeReviewWindows(closedAt)]);
    await closeReviewWindows(at(closedAt, 1));
    const review = await db.review.findFirstOrThrow({ where: { contractId }, select: { publishedAt: true } });
    expect(review.publishedAt).toEqual(closedAt);
    expect(await ratingOf(expert.expertProfileId)).toEqual({ ratingCount: before.ratingCount + 1, ratingSum: before.ratingSum + 2 });
    expect(await db.notification.count({ where: { userId: expert.id, kind: "review.published" } })).toBe(1);
    expect((await readContractReviews({ user: expert, contractId, now: new Date() })).byClient.review).toMatchObject({ rating: 2 });
    await expectCode(write(expert, contractId, 5, "Too late"), "CONFLICT");
  });

  it("reminds only the sides that have not written, on day 7 and day 12, each once", async () => {
    const endedAt = at(new Date(), -30);
    const { client, expert, contractId } = await completedContract(endedAt);
    const reminders = (userId: string) => db.notification.count({ where: { userId, kind: "review.reminder", link: `/contracts/${contractId}` } });

    await sendReviewReminders(at(endedAt, 6));
    expect(await reminders(expert.id)).toBe(0);
    await sendReviewReminders(at(endedAt, 7.1));
    await sendReviewReminders(at(endedAt, 7.2));
    expect([await reminders(expert.id), await reminders(client.id)]).toEqual([1, 1]);

    await write(client, contractId, 5, "Great", at(endedAt, 8));
    await Promise.all([sendReviewReminders(at(endedAt, 12.1)), sendReviewReminders(at(endedAt, 12.1))]);
    expect([await reminders(expert.id), await reminders(client.id)]).toEqual([2, 1]);
    await sendReviewReminders(at(endedAt, 13));
    expect(await reminders(expert.id)).toBe(2);
  });

  it("keeps a deleted author's reviews, under the pseudonym", async () => {
    const { client, expert, contractId } = await completedContract();
    await write(expert, contractId, 5, "Lovely client");
    await write(client, contractId, 4, "Solid work");
    const PASSWORD = "fixture password 123";
    const deleted = await callOperation(deleteAccountOperation, expert, { body: { password: PASSWORD, confirmation: "DELETE" } });
    expect(deleted.status, JSON.stringify(deleted.json)).toBe(200);
    const seen = await readContractReviews({ user: client, contractId, now: new Date() });
    expect(seen.byExpert.review).toMatchObject({ rating: 5, text: "Lovely client", authorName: "Deleted user" });
  });

  it("shows experts the client's published rating on invitations", async () => {
    const { client, expert, contractId } = await completedContract();
    await write(expert, contractId, 5, "Pays fast");
    await write(client, contractId, 5, "Fast");
    const list = await listInvitations({ user: expert });
    const mine = [...list.open, ...list.answered].find((invitation) => invitation.request.companyName);
    expect(mine?.request.clientReputation).toContain("5.0 from 1 review");
  });
});
