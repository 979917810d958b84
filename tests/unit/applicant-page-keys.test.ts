import { isValidElement, type ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { InterviewsSection } from "@/components/vetting/admin/interviews-section";
import type { Applicant } from "@/lib/vetting/admin/get-applicant";

// Two siblings with one key made React report "Encountered two children with the same key" on the admin
// applicant page at the interview stage (the booking and the results form were both keyed by the interview).

/** Every list of siblings in the tree the component returns (client components are not called). */
function siblingKeys(node: ReactNode): (string | null)[][] {
  if (!isValidElement<{ children?: ReactNode }>(node)) return Array.isArray(node) ? node.flatMap(siblingKeys) : [];
  const children = [node.props.children].flat(Number.POSITIVE_INFINITY).filter(isValidElement);
  const keys = children.map((child) => child.key);
  return [keys, ...children.flatMap(siblingKeys)];
}

const interview = {
  id: "interview_1",
  scheduledAt: new Date("2026-12-10T15:00:00Z"),
  meetingUrl: "https://meet.example.com/x",
  completedAt: null,
  results: [],
};
const applicant = {
  id: "profile_1",
  name: "Ada Applicant",
  reviewStage: "INTERVIEW",
  hasInterviewResults: false,
  interviews: [interview],
  openInterview: interview,
  skills: [{ skillId: "skill_1", name: "FastAPI" }],
} as unknown as Applicant;

describe("the applicant page's interview section", () => {
  it("gives the booking and the results form keys of their own", () => {
    const tree = InterviewsSection({ applicant });
    const lists = siblingKeys(tree);
    // The two forms are siblings: the list that holds one holds the other.
    expect(lists.find((keys) => keys.includes("schedule-interview_1"))).toContain("results-interview_1");
    for (const keys of lists) {
      const given = keys.filter((key) => key !== null);
      expect(new Set(given).size, `duplicate keys among ${JSON.stringify(given)}`).toBe(given.length);
    }
  });

  it("offers no booking or results form once the results are in", () => {
    const done = { ...interview, completedAt: new Date("2026-12-10T16:00:00Z") };
    const tree = InterviewsSection({ applicant: { ...applicant, hasInterviewResults: true, interviews: [done], openInterview: null } as Applicant });
    const names = JSON.stringify(siblingKeys(tree));
    expect(names).not.toMatch(/schedule-|results-/);
  });
});
