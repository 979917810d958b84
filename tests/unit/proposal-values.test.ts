import { describe, expect, it } from "vitest";
import { buildProposal, type MilestoneRow, proposalTotals } from "@/components/contracts/proposal-values";

const DAY_MS = 86_400_000;
const inAWeek = new Date(Date.now() + 7 * DAY_MS).toISOString().slice(0, 10);
const row = (key: number, amount: string, changes: Partial<MilestoneRow> = {}): MilestoneRow => ({
  key,
  title: `Milestone ${key}`,
  description: "",
  amount,
  dueDate: inAWeek,
  ...changes,
});

describe("proposalTotals", () => {
  it("adds the typed amounts and rounds the fee per milestone, as it is charged", () => {
    // 10% of 100.05 is 10.005 → 10.01 (half up), twice: 20.02, not 10% of the 200.10 total rounded once.
    expect(proposalTotals([row(1, "100.05"), row(2, "100.05")], 1_000)).toEqual({ totalCents: 20_010, feeCents: 2_002, expertReceivesCents: 18_008 });
    expect(proposalTotals([row(1, "1,500.00"), row(2, "oops"), row(3, "")], 1_000)).toEqual({
      totalCents: 150_000,
      feeCents: 15_000,
      expertReceivesCents: 135_000,
    });
  });
});

const HOURLY_BLANK = { hourlyRate: "", weeklyCapHours: "", weekTimeZone: "UTC" };

describe("buildProposal", () => {
  const context = { matchId: "match_1", currency: "USD" };

  it("sends integer cents and a total that matches the milestones", () => {
    const built = buildProposal(
      { title: "Build the billing API", billing: "FIXED", ...HOURLY_BLANK, milestones: [row(1, "1,500.00"), row(2, "250.5")] },
      context,
    );
    expect(built).toEqual({
      body: expect.objectContaining({
        matchId: "match_1",
        currency: "USD",
        totalCents: 175_050,
        milestones: [expect.objectContaining({ amountCents: 150_000 }), expect.objectContaining({ amountCents: 25_050 })],
      }),
    });
  });

  it("keys errors like the server does, with the amount's own words for what cannot be read", () => {
    const built = buildProposal(
      { title: "API", billing: "FIXED", ...HOURLY_BLANK, milestones: [row(1, "1,5"), row(2, "5.00", { title: "", dueDate: "" })] },
      context,
    );
    expect("errors" in built && built.errors).toMatchObject({
      title: expect.any(String),
      "milestones.0.amountCents": "Enter the amount in digits, like 1,500.00.",
      "milestones.1.amountCents": "A milestone amount is at least 10.00.",
      "milestones.1.title": expect.any(String),
      "milestones.1.dueDate": expect.any(String),
    });
  });
});

describe("buildProposal for an hourly contract", () => {
  const context = { matchId: "match_1", currency: "EUR" };
  const hourly = (overrides: Record<string, string>) =>
    buildProposal(
      {
        title: "Data platform support",
        billing: "HOURLY",
        milestones: [],
        hourlyRate: "85.50",
        weeklyCapHours: "37.5",
        weekTimeZone: "Europe/Berlin",
        ...overrides,
      },
      context,
    );

  it("sends the rate in cents, the cap in hours and the week's zone, and no milestones", () => {
    expect(hourly({})).toEqual({
      body: {
        matchId: "match_1",
        title: "Data platform support",
        currency: "EUR",
        billing: "HOURLY",
        hourlyRateCents: 8_550,
        weeklyCapHours: 37.5,
        weekTimeZone: "Europe/Berlin",
      },
    });
  });

  it("refuses a rate it cannot read, a cap off the quarter hour and an unknown zone, in the server's keys", () => {
    const built = hourly({ hourlyRate: "lots", weeklyCapHours: "10.1", weekTimeZone: "Atlantis/Capital" });
    expect("errors" in built && built.errors).toMatchObject({
      hourlyRateCents: "Enter the amount in digits, like 1,500.00.",
      weeklyCapHours: expect.stringMatching(/quarter hours/),
      weekTimeZone: expect.any(String),
    });
  });
});
