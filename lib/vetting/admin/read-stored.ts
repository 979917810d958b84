import { z } from "zod";
import type { VettingStatus } from "@/generated/prisma/enums";
import { APPLICATION_QUESTIONS } from "@/lib/vetting/schemas";
import { STAGE_CRITERIA } from "@/lib/vetting/transitions";
import { isReviewStage } from "./stages";

// The JSON columns of an application, read defensively: they hold what applicants typed and what
// older code wrote, so anything unexpected is left out rather than trusted.

const LINK_LABELS: Record<string, string> = { github: "GitHub", gitlab: "GitLab", linkedin: "LinkedIn", portfolio: "Portfolio", dribbble: "Dribbble" };

const storedLinksSchema = z.array(z.object({ kind: z.string(), url: z.string() }));

/** Only http(s) links: a stored `javascript:` URL must never become a clickable link. */
export function readLinks(json: unknown) {
  const parsed = storedLinksSchema.safeParse(json);
  if (!parsed.success) return [];
  return parsed.data.flatMap(({ kind, url }) => {
    const parsedUrl = URL.canParse(url) ? new URL(url) : null;
    if (!parsedUrl || (parsedUrl.protocol !== "https:" && parsedUrl.protocol !== "http:")) return [];
    return [{ label: LINK_LABELS[kind] ?? kind, url: parsedUrl.toString() }];
  });
}

export function readAnswers(json: unknown) {
  const parsed = z.record(z.string(), z.unknown()).safeParse(json);
  const answers = parsed.success ? parsed.data : {};
  return APPLICATION_QUESTIONS.flatMap(({ key, label }) => {
    const answer = answers[key];
    return typeof answer === "string" && answer.trim() ? [{ key, question: label, answer }] : [];
  });
}

/** Scores labelled by the criteria of the stage they were given at. */
export function readScores(json: unknown, fromStatus: VettingStatus) {
  const parsed = z.record(z.string(), z.number()).safeParse(json);
  if (!parsed.success) return [];
  const criteria = isReviewStage(fromStatus) ? STAGE_CRITERIA[fromStatus] : [];
  return Object.entries(parsed.data).map(([key, score]) => ({ key, label: criteria.find((criterion) => criterion.key === key)?.label ?? key, score }));
}

const storedResultsSchema = z.array(z.object({ skillId: z.string(), passed: z.boolean(), notes: z.string().default("") }));

export function readResults(json: unknown, skillNames: ReadonlyMap<string, string>) {
  const parsed = storedResultsSchema.safeParse(json);
  if (!parsed.success) return [];
  return parsed.data.map((result) => ({ ...result, skillName: skillNames.get(result.skillId) ?? "A removed skill" }));
}
