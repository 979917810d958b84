import { describe, expect, it } from "vitest";
import type { ContractStatus, MilestoneStatus, Role } from "@/generated/prisma/enums";
import { contractActions } from "@/lib/contracts/contract-actions";
import { type MilestoneActions, milestoneActions } from "@/lib/milestones/milestone-actions";

const MILESTONE_STATUSES: MilestoneStatus[] = ["PENDING", "FUNDING", "FUNDED", "SUBMITTED", "CHANGES_REQUESTED", "RELEASED", "REFUNDED", "DISPUTED"];

/** The actions offered for each milestone status, as a list of names. */
function offered(viewerRole: Role, contractStatus: ContractStatus = "ACTIVE", isExpertPayable = true) {
  return Object.fromEntries(
    MILESTONE_STATUSES.map((milestoneStatus) => {
      const actions = milestoneActions({ viewerRole, contractStatus, milestoneStatus, isExpertPayable });
      return [milestoneStatus, (Object.keys(actions) as (keyof MilestoneActions)[]).filter((action) => actions[action])];
    }),
  );
}

describe("milestoneActions", () => {
  it("offers the client funding, review and cancellation at the right moments", () => {
    expect(offered("CLIENT")).toEqual({
      PENDING: ["fund", "cancel"],
      FUNDING: ["fund"],
      FUNDED: ["releasePart", "cancel", "dispute"],
      SUBMITTED: ["approve", "releasePart", "requestChanges", "dispute"],
      CHANGES_REQUESTED: ["dispute"],
      RELEASED: [],
      REFUNDED: [],
      DISPUTED: [],
    });
  });

  it("offers the expert submitting funded work, again after changes, and disputes", () => {
    expect(offered("EXPERT")).toEqual({
      PENDING: [],
      FUNDING: [],
      FUNDED: ["submit", "dispute"],
      SUBMITTED: ["dispute"],
      CHANGES_REQUESTED: ["submit", "dispute"],
      RELEASED: [],
      REFUNDED: [],
      DISPUTED: [],
    });
  });

  it("does not offer funding until the expert can be paid out", () => {
    expect(offered("CLIENT", "ACTIVE", false).PENDING).toEqual(["cancel"]);
  });

  it("offers only further disputes while the contract is frozen by one", () => {
    for (const role of ["CLIENT", "EXPERT"] as const) {
      const actions = offered(role, "DISPUTED");
      expect(Object.entries(actions).filter(([, names]) => names.length)).toEqual([
        ["FUNDED", ["dispute"]],
        ["SUBMITTED", ["dispute"]],
        ["CHANGES_REQUESTED", ["dispute"]],
      ]);
    }
  });

  it("offers nothing to admins, nor on a contract that is not active", () => {
    const nothing = Object.fromEntries(MILESTONE_STATUSES.map((status) => [status, []]));
    expect(offered("ADMIN")).toEqual(nothing);
    expect(offered("ADMIN", "DISPUTED")).toEqual(nothing);
    for (const contractStatus of ["PROPOSED", "COMPLETED", "CANCELLED"] as const) {
      expect(offered("CLIENT", contractStatus)).toEqual(nothing);
      expect(offered("EXPERT", contractStatus)).toEqual(nothing);
    }
  });
});

describe("contractActions", () => {
  it("lets the expert answer a proposal and the client withdraw it", () => {
    expect(contractActions({ viewerRole: "EXPERT", contractStatus: "PROPOSED", canReview: false })).toEqual({
      accept: true,
      decline: true,
      withdraw: false,
      review: false,
      proposeChange: false,
      payBonus: false,
    });
    expect(contractActions({ viewerRole: "CLIENT", contractStatus: "PROPOSED", canReview: false })).toEqual({
      accept: false,
      decline: false,
      withdraw: true,
      review: false,
      proposeChange: false,
      payBonus: false,
    });
    expect(contractActions({ viewerRole: "ADMIN", contractStatus: "PROPOSED", canReview: false })).toEqual({
      accept: false,
      decline: false,
      withdraw: false,
      review: false,
      proposeChange: false,
      payBonus: false,
    });
  });

  it("offers changes on an active contract to both sides, and bonuses to the client until 30 days after completion", () => {
    const now = new Date("2026-12-07T12:00:00Z");
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
    for (const viewerRole of ["CLIENT", "EXPERT"] as const) {
      expect(contractActions({ viewerRole, contractStatus: "ACTIVE", canReview: false }).proposeChange).toBe(true);
      expect(contractActions({ viewerRole, contractStatus: "COMPLETED", canReview: false }).proposeChange).toBe(false);
    }
    expect(contractActions({ viewerRole: "ADMIN", contractStatus: "ACTIVE", canReview: false }).proposeChange).toBe(false);
    expect(contractActions({ viewerRole: "CLIENT", contractStatus: "ACTIVE", canReview: false }).payBonus).toBe(true);
    expect(contractActions({ viewerRole: "EXPERT", contractStatus: "ACTIVE", canReview: false }).payBonus).toBe(false);
    expect(contractActions({ viewerRole: "CLIENT", contractStatus: "COMPLETED", canReview: false, completedAt: daysAgo(29), now }).payBonus).toBe(true);
    expect(contractActions({ viewerRole: "CLIENT", contractStatus: "COMPLETED", canReview: false, completedAt: daysAgo(31), now }).payBonus).toBe(false);
    expect(contractActions({ viewerRole: "CLIENT", contractStatus: "CANCELLED", canReview: false }).payBonus).toBe(false);
  });

  it("offers a bonus row only its payment, or its removal while unpaid", () => {
    const bonus = (milestoneStatus: MilestoneStatus) =>
      Object.entries(milestoneActions({ viewerRole: "CLIENT", contractStatus: "ACTIVE", milestoneStatus, kind: "BONUS", isExpertPayable: true }))
        .filter(([, isOffered]) => isOffered)
        .map(([name]) => name);
    expect(bonus("PENDING")).toEqual(["fund", "cancel"]);
    expect(bonus("FUNDING")).toEqual(["fund"]);
    expect(bonus("RELEASED")).toEqual([]);
  });

  it("offers a review to either side when the review window lets them write, never to admins", () => {
    expect(contractActions({ viewerRole: "CLIENT", contractStatus: "COMPLETED", canReview: true }).review).toBe(true);
    expect(contractActions({ viewerRole: "EXPERT", contractStatus: "COMPLETED", canReview: true }).review).toBe(true);
    expect(contractActions({ viewerRole: "CLIENT", contractStatus: "COMPLETED", canReview: false }).review).toBe(false);
    expect(contractActions({ viewerRole: "ADMIN", contractStatus: "COMPLETED", canReview: true }).review).toBe(false);
  });
});
