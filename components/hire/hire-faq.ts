import { formatCount, formatMinutes, formatMoney } from "@/lib/format";
import type { HirePage } from "@/lib/hire-pages/types";
import { withArticle } from "./hire-copy";

export type Question = { question: string; answer: string };

/** The questions a company asks before hiring, answered from the page's own numbers (shown on the page and in its structured data). */
export function hireQuestions(page: HirePage): Question[] {
  const expert = `${withArticle(page.name)} expert`;
  const { rateRange, shortlistTime } = page;
  return [
    {
      question: `How much does it cost to hire ${expert}?`,
      answer: rateRange
        ? `Each expert sets their own hourly rate. On Vetted, the middle half of ${formatCount(rateRange.sampleSize, "approved expert")}' rates runs from ${formatMoney(rateRange.p25Cents, rateRange.currency)} to ${formatMoney(rateRange.p75Cents, rateRange.currency)} an hour, with a median of ${formatMoney(rateRange.medianCents, rateRange.currency)}. You set your budget in the request, and you pay only the milestones you approve, with no fee added.`
        : "Each expert sets their own rate. You set your budget in the request and we match experts whose rates fit it. You pay only the milestones you approve, with no fee added.",
    },
    {
      question: `How fast can I hire ${expert}?`,
      answer: shortlistTime
        ? `Submitting a request starts an 8-hour clock. For these skills the median time to a shortlist has been ${formatMinutes(shortlistTime.medianMinutes)}, across ${formatCount(shortlistTime.sampleSize, "request")}. Every expert on the shortlist has already said yes.`
        : "Submitting a request starts an 8-hour clock: within it you get a shortlist of experts who have already said yes, each with why they were matched.",
    },
    {
      question: "How are experts vetted?",
      answer:
        "Experts apply, then pass a screening and an interview with our team. Each step is a recorded decision with a score and notes, and we verify their skills. Only approved experts are matched to requests.",
    },
    {
      question: "What if the work is not right?",
      answer:
        "The money for each milestone is held by Vetted until you approve it. Ask for changes, or open a dispute: the payment is frozen and a person on our team decides between release, refund or a split.",
    },
  ];
}
