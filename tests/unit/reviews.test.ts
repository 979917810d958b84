import { describe, expect, it } from "vitest";
import { reputationOf } from "@/lib/reviews/client-reputation";
import { reviewWindowOf, reviewWindowOpensAt } from "@/lib/reviews/window";

const ended = new Date("2026-03-01T12:00:00Z");
const base = { acceptedAt: new Date("2026-02-01T00:00:00Z"), completedAt: null, cancelledAt: null, hasSubmittedWork: true };

describe("the review window", () => {
  it("opens when a contract completes, or is cancelled after work was handed in", () => {
    expect(reviewWindowOpensAt({ ...base, status: "COMPLETED", completedAt: ended })).toEqual(ended);
    expect(reviewWindowOpensAt({ ...base, status: "CANCELLED", cancelledAt: ended })).toEqual(ended);
    expect(reviewWindowOpensAt({ ...base, status: "CANCELLED", cancelledAt: ended, hasSubmittedWork: false })).toBeNull();
    expect(reviewWindowOpensAt({ ...base, status: "CANCELLED", cancelledAt: ended, acceptedAt: null })).toBeNull();
    expect(reviewWindowOpensAt({ ...base, status: "ACTIVE" })).toBeNull();
    expect(reviewWindowOpensAt({ ...base, status: "PROPOSED" })).toBeNull();
  });

  it("lasts REVIEW_WINDOW_DAYS (14) and is shut early once closed", () => {
    const contract = { ...base, status: "COMPLETED" as const, completedAt: ended, reviewsClosedAt: null };
    const window = reviewWindowOf(contract, new Date("2026-03-15T11:59:59Z"));
    expect(window).toMatchObject({ closesAt: new Date("2026-03-15T12:00:00Z"), isOpen: true });
    expect(reviewWindowOf(contract, new Date("2026-03-15T12:00:00Z"))?.isOpen).toBe(false);
    expect(reviewWindowOf({ ...contract, reviewsClosedAt: ended }, ended)?.isOpen).toBe(false);
  });
});

describe("what experts see of a client", () => {
  it("reads the published average and 'pays on time' from 3 released milestones at 90% approved before auto-release", () => {
    expect(reputationOf({ ratingAverage: 4.75, ratingCount: 6, releasedMilestones: 10, approvedBeforeAutoRelease: 9 })).toMatchObject({
      ratingAverage: 4.8,
      paysOnTime: true,
      summary: "This client: 4.8 from 6 reviews · pays on time",
    });
    expect(reputationOf({ ratingAverage: null, ratingCount: 0, releasedMilestones: 4, approvedBeforeAutoRelease: 2 })).toMatchObject({
      paysOnTime: false,
      summary: "This client: approves 50% of work before the automatic release",
    });
    expect(reputationOf({ ratingAverage: 5, ratingCount: 1, releasedMilestones: 2, approvedBeforeAutoRelease: 2 })).toMatchObject({
      paysOnTime: null,
      summary: "This client: 5.0 from 1 review",
    });
    expect(reputationOf({ ratingAverage: null, ratingCount: 0, releasedMilestones: 0, approvedBeforeAutoRelease: 0 }).summary).toBeNull();
  });
});
