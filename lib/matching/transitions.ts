import type { MatchStatus, RequestStatus } from "@/generated/prisma/enums";
import { AppError } from "@/lib/errors";

// Every legal status change of a request and of a match (invitation). Code applies a change with
// the expected current status in the `where`, so of two concurrent attempts only one wins.

export const REQUEST_TRANSITIONS: Record<RequestStatus, readonly RequestStatus[]> = {
  DRAFT: ["MATCHING", "CANCELLED"],
  MATCHING: ["MATCHED", "CANCELLED"],
  MATCHED: ["HIRED", "CANCELLED", "CLOSED"],
  // The hired expert's contract ended as not the right fit and the client asked for a replacement.
  HIRED: ["CLOSED", "MATCHING"],
  CLOSED: [],
  CANCELLED: [],
};

export const MATCH_TRANSITIONS: Record<MatchStatus, readonly MatchStatus[]> = {
  INVITED: ["ACCEPTED", "DECLINED", "EXPIRED", "SHORTLISTED"],
  ACCEPTED: ["SHORTLISTED"],
  // An admin may hand-pick an expert who declined or missed the invitation.
  DECLINED: ["SHORTLISTED"],
  EXPIRED: ["SHORTLISTED"],
  SHORTLISTED: ["HIRED", "PASSED"],
  HIRED: [],
  PASSED: [],
};

export const canChangeRequest = (from: RequestStatus, to: RequestStatus) => REQUEST_TRANSITIONS[from].includes(to);
export const canChangeMatch = (from: MatchStatus, to: MatchStatus) => MATCH_TRANSITIONS[from].includes(to);

const REQUEST_WORDS: Record<RequestStatus, string> = {
  DRAFT: "a draft",
  MATCHING: "being matched",
  MATCHED: "matched",
  HIRED: "already hired",
  CLOSED: "closed",
  CANCELLED: "cancelled",
};

export function assertRequestTransition(from: RequestStatus, to: RequestStatus) {
  if (!canChangeRequest(from, to)) {
    throw new AppError("CONFLICT", `This request is ${REQUEST_WORDS[from]}, so it cannot become ${to.toLowerCase()}.`);
  }
}

export function assertMatchTransition(from: MatchStatus, to: MatchStatus) {
  if (!canChangeMatch(from, to)) {
    throw new AppError("CONFLICT", `This invitation is ${from.toLowerCase()}, so it cannot become ${to.toLowerCase()}.`);
  }
}
