import { describe, expect, it } from "vitest";
import { formatHourlyRate } from "@/lib/matching/explain";
import { rankCandidates } from "@/lib/matching/rank-candidates";
import { DEFAULT_WEIGHTS, SCORE_TERMS, scoreCandidate } from "@/lib/matching/score";
import type { CandidateFeatures, CandidateSkill, MatchRequestProfile, ScoreTerm } from "@/lib/matching/types";

const NOW = new Date("2026-11-02T12:00:00Z");

const request: MatchRequestProfile = {
  id: "request-1",
  requiredSkills: [
    { skillId: "fastapi", name: "FastAPI", minYears: 2 },
    { skillId: "postgresql", name: "PostgreSQL", minYears: 2 },
  ],
  niceToHaveSkills: [{ skillId: "docker", name: "Docker" }],
  budgetMinCents: 8_000,
  budgetMaxCents: 12_000,
  currency: "USD",
  budgetTolerancePercent: 10,
  hoursPerWeek: 30,
  timezone: "Europe/Berlin",
  utcOffsetMinutes: 60,
  minOverlapHours: 4,
};

const skill = (skillId: string, name: string, overrides: Partial<CandidateSkill> = {}): CandidateSkill => ({
  skillId,
  name,
  level: "SENIOR",
  years: 4,
  isVerified: false,
  isRequired: true,
  ...overrides,
});

function candidate(overrides: Partial<CandidateFeatures> = {}): CandidateFeatures {
  return {
    expertProfileId: "expert-a",
    userId: "user-a",
    name: "Ada Expert",
    hourlyRateCents: 9_500,
    currency: "USD",
    weeklyAvailableHours: 30,
    timezone: "Europe/Paris",
    utcOffsetMinutes: 60,
    skills: [skill("fastapi", "FastAPI", { isVerified: true, years: 6 }), skill("postgresql", "PostgreSQL")],
    ratingCount: 12,
    ratingSum: 58,
    completedContracts: 12,
    invitationsReceived: 20,
    invitationsAnswered: 18,
    medianResponseMinutes: 120,
    activeContracts: 0,
    openInvitations: 0,
    invitationsLast30Days: 0,
    ...overrides,
  };
}

const score = (features: CandidateFeatures, weights = DEFAULT_WEIGHTS) => scoreCandidate(request, features, weights, NOW);
const withPostgres = (overrides: Partial<CandidateSkill>) =>
  candidate({ skills: [skill("fastapi", "FastAPI", { isVerified: true, years: 6 }), skill("postgresql", "PostgreSQL", overrides)] });

/** `better` must beat `worse` on `term` and on the total. */
function expectBetter(better: CandidateFeatures, worse: CandidateFeatures, term: ScoreTerm) {
  const [high, low] = [score(better), score(worse)];
  expect(high.terms[term]).toBeGreaterThan(low.terms[term]);
  expect(high.total).toBeGreaterThan(low.total);
}

describe("scoreCandidate terms", () => {
  it("keeps every term within 0..1 and the total the rounded weighted sum", () => {
    const result = score(candidate());
    for (const term of SCORE_TERMS) {
      expect(result.terms[term]).toBeGreaterThanOrEqual(0);
      expect(result.terms[term]).toBeLessThanOrEqual(1);
    }
    const weighted = SCORE_TERMS.reduce((sum, term) => sum + DEFAULT_WEIGHTS[term] * result.terms[term], 0);
    expect(result.total).toBeCloseTo(weighted, 3);
    expect(Number.isInteger(result.total * 10_000)).toBe(true);
  });

  it("prefers verified skills, more years and a higher level", () => {
    expectBetter(withPostgres({ isVerified: true }), withPostgres({ isVerified: false }), "skills");
    expectBetter(withPostgres({ years: 6 }), withPostgres({ years: 3 }), "skills");
    expectBetter(withPostgres({ level: "EXPERT" }), withPostgres({ level: "MID" }), "skills");
  });

  it("credits nice-to-have skills", () => {
    const withDocker = candidate({ skills: [...candidate().skills, skill("docker", "Docker", { isRequired: false })] });
    expectBetter(withDocker, candidate(), "niceToHave");
  });

  it("fits the rate to the budget: inside best, far above worst, well below slightly lower", () => {
    const within = score(candidate({ hourlyRateCents: 10_000 }));
    const slightlyOver = score(candidate({ hourlyRateCents: 13_000 }));
    const farOver = score(candidate({ hourlyRateCents: 20_000 }));
    const suspiciouslyCheap = score(candidate({ hourlyRateCents: 3_000 }));
    expect(within.terms.rateFit).toBe(1);
    expect(slightlyOver.terms.rateFit).toBeLessThan(1);
    expect(farOver.terms.rateFit).toBe(0);
    expect(suspiciouslyCheap.terms.rateFit).toBeLessThan(1);
    expect(suspiciouslyCheap.terms.rateFit).toBeGreaterThan(slightlyOver.terms.rateFit);
    expect(within.total).toBeGreaterThan(slightlyOver.total);
  });

  it("cannot compare a rate in another currency and scores it neutrally", () => {
    const euro = score(candidate({ currency: "EUR" }));
    expect(euro.terms.rateFit).toBe(0.5);
    expect(euro.reasons).toContain("Rate €95/h, quoted in EUR while the budget is in USD: rates are not converted, so this is outside the budget rule");
  });

  it("prefers more weekly hours up to what the client needs", () => {
    expectBetter(candidate({ weeklyAvailableHours: 30 }), candidate({ weeklyAvailableHours: 10 }), "availability");
    expect(score(candidate({ weeklyAvailableHours: 40 })).terms.availability).toBe(1);
  });

  it("prefers working-hours overlap, at today's daylight-saving offsets", () => {
    expectBetter(candidate(), candidate({ timezone: "America/New_York", utcOffsetMinutes: -300 }), "timezoneOverlap");
    // Stored offsets are standard time; on 2 November New York is back on −5 h: 2 h overlap with Berlin.
    const newYork = score(candidate({ timezone: "America/New_York", utcOffsetMinutes: -300 }));
    expect(newYork.reasons).toContain("2 h of working-hours overlap (4 h asked for)");
  });

  it("smooths ratings so one 5-star review does not beat forty 4.9-star reviews", () => {
    const oneReview = candidate({ ratingCount: 1, ratingSum: 5, completedContracts: 1 });
    const fortyReviews = candidate({ ratingCount: 40, ratingSum: 196, completedContracts: 1 });
    expectBetter(fortyReviews, oneReview, "trackRecord");
    expectBetter(candidate({ completedContracts: 20 }), candidate({ completedContracts: 2 }), "trackRecord");
  });

  it("rewards fast and frequent answers, and treats unknown responsiveness as neutral", () => {
    expectBetter(candidate({ medianResponseMinutes: 20 }), candidate({ medianResponseMinutes: 200 }), "responsiveness");
    expectBetter(candidate({ invitationsAnswered: 20 }), candidate({ invitationsAnswered: 5 }), "responsiveness");
    const unknown = score(candidate({ invitationsReceived: 0, invitationsAnswered: 0, medianResponseMinutes: null }));
    expect(unknown.terms.responsiveness).toBe(0.5);
  });

  it("prefers experts with less current work", () => {
    expectBetter(candidate({ activeContracts: 0 }), candidate({ activeContracts: 2 }), "load");
    expectBetter(candidate({ openInvitations: 0 }), candidate({ openInvitations: 3 }), "load");
  });

  it("lowers the fairness term with every recent invitation", () => {
    expectBetter(candidate({ invitationsLast30Days: 0 }), candidate({ invitationsLast30Days: 10 }), "fairness");
    expect(score(candidate({ invitationsLast30Days: 4 })).terms.fairness).toBeCloseTo(0.5, 4);
  });

  it("is pure: the same input gives the same breakdown and the input is not changed", () => {
    const features = candidate();
    const copy = structuredClone(features);
    expect(score(features)).toEqual(score(features));
    expect(features).toEqual(copy);
  });
});

describe("weights", () => {
  it("a zero weight removes its term from the total and its words from the reasons", () => {
    const weights = { ...DEFAULT_WEIGHTS, rateFit: 0 };
    const cheap = score(candidate({ hourlyRateCents: 9_500 }), weights);
    const expensive = score(candidate({ hourlyRateCents: 30_000 }), weights);
    expect(cheap.total).toBe(expensive.total);
    expect(cheap.reasons.some((reason) => reason.startsWith("Rate $"))).toBe(false);
  });

  it("a term's weight scales its share of the total", () => {
    const onlySkills = Object.fromEntries(SCORE_TERMS.map((term) => [term, term === "skills" ? 1 : 0])) as typeof DEFAULT_WEIGHTS;
    const result = score(candidate(), onlySkills);
    expect(result.total).toBeCloseTo(result.terms.skills, 4);
  });
});

describe("reasons", () => {
  it("say in words which skills are covered, the rate against the budget and the overlap, most important first", () => {
    const { reasons } = score(candidate());
    expect(reasons[0]).toBe("Covers FastAPI (verified, 6 y) and PostgreSQL (4 y)");
    expect(reasons).toContain("Rate $95/h, within the $120/h budget");
    expect(reasons).toContain("8 h of working-hours overlap");
    expect(reasons).toContain("Rated 4.8 across 12 contracts");
    expect(reasons).toContain("Answers 90% of invitations, usually within about 2 h");
  });

  it("round response times to words people use", () => {
    const answers = (medianResponseMinutes: number) => score(candidate({ medianResponseMinutes })).reasons.find((reason) => reason.startsWith("Answers"));
    expect(answers(3)).toBe("Answers 90% of invitations, usually within about 5 min");
    expect(answers(58)).toBe("Answers 90% of invitations, usually within about 1 h");
    expect(answers(100)).toBe("Answers 90% of invitations, usually within about 1.5 h");
  });

  it("say how far over the budget a rate is", () => {
    expect(score(candidate({ hourlyRateCents: 13_200 })).reasons).toContain(
      "Rate $132/h, 10% above the $120/h maximum, within the 10% over budget allowed on this request",
    );
    expect(score(candidate({ hourlyRateCents: 13_201 })).reasons).toContain(
      "Rate $132.01/h, 10% above the $120/h maximum and the 10% over budget allowed on this request",
    );
  });

  it("format money from cents", () => {
    expect(formatHourlyRate(9_550, "USD")).toBe("$95.50/h");
    expect(formatHourlyRate(12_000, "EUR")).toBe("€120/h");
  });
});

describe("rankCandidates", () => {
  it("ranks by total, best first", () => {
    const strong = candidate({ expertProfileId: "strong" });
    const weak = candidate({ expertProfileId: "weak", hourlyRateCents: 20_000, weeklyAvailableHours: 5 });
    const ranked = rankCandidates(request, [weak, strong], { now: NOW });
    expect(ranked.map((entry) => entry.expertProfileId)).toEqual(["strong", "weak"]);
    expect(ranked[0].score.total).toBeGreaterThan(ranked[1].score.total);
  });

  it("puts an expert invited 10 times this month below an otherwise identical one", () => {
    const busy = candidate({ expertProfileId: "a-often-invited", invitationsLast30Days: 10 });
    const fresh = candidate({ expertProfileId: "z-rarely-invited", invitationsLast30Days: 0 });
    const ranked = rankCandidates(request, [busy, fresh], { now: NOW });
    expect(ranked.map((entry) => entry.expertProfileId)).toEqual(["z-rarely-invited", "a-often-invited"]);
  });

  it("breaks ties by fewer recent invitations, then by id, whatever the input order", () => {
    // Fairness weight 0 makes recent invitations tie on the total, so only the tie-break separates them.
    const weights = { ...DEFAULT_WEIGHTS, fairness: 0 };
    const pool = [
      candidate({ expertProfileId: "c", invitationsLast30Days: 1 }),
      candidate({ expertProfileId: "b", invitationsLast30Days: 0 }),
      candidate({ expertProfileId: "a", invitationsLast30Days: 1 }),
    ];
    const orders = [pool, [...pool].reverse(), [pool[1], pool[2], pool[0]]].map((input) =>
      rankCandidates(request, input, { weights, now: NOW }).map((entry) => entry.expertProfileId),
    );
    for (const order of orders) expect(order).toEqual(["b", "a", "c"]);
  });
});
