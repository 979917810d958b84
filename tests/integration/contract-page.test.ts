import { Client } from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { listAmendments } from "@/lib/amendments/list-amendments";
import { proposeAmendment } from "@/lib/amendments/propose-amendment";
import { proposeAmendmentSchema } from "@/lib/amendments/schemas";
import type { SessionUser } from "@/lib/auth/session";
import { loadContractPage } from "@/lib/contract-page/load-contract-page";
import { getContract } from "@/lib/contracts/get-contract";
import { getContractCase } from "@/lib/disputes/get-case";
import { AppError } from "@/lib/errors";
import { submitMilestone } from "@/lib/milestones/submit-milestone";
import { readContractReviews } from "@/lib/reviews/contract-reviews";
import { saveStateFor } from "@/lib/saved-experts/saved-experts";
import { can } from "@/lib/teams/permissions";
import { getTimesheet } from "@/lib/timesheets/get-timesheet";
import { logTimeEntry } from "@/lib/timesheets/time-entries";
import { createActiveContract, createProposedContract, setMilestoneStatus } from "../fixtures/contracts";
import { createClient } from "../fixtures/matching";
import { createHourlyContract } from "../fixtures/timesheets";

// The contract page's loader reads each section once, for a viewer getContract found may read the
// contract: the same sections the page read one function at a time before, with fewer statements.

const NOW = new Date("2027-03-03T12:00:00Z");

/** The page's sections read one at a time through the functions the API uses, each with its own access check. */
async function sectionsOneByOne(user: SessionUser, contractId: string, now: Date) {
  const contract = await getContract({ user, contractId, now });
  const isProposed = contract.status === "PROPOSED";
  return {
    contract,
    amendments: isProposed ? null : await listAmendments({ user, contractId }),
    rehire: { save: await saveStateFor(user, contract.parties.expert.profileId), canHireAgain: can(user, "manageContracts") && contract.acceptedAt !== null },
    disputeCase: isProposed ? null : await getContractCase({ user, contractId }),
    timesheet: contract.billing === "HOURLY" && !isProposed ? await getTimesheet({ user, contractId, now }) : null,
  };
}

// Every statement any pooled client sends (Prisma's adapter and readRows both go through pg's Client).
const originalQuery = Client.prototype.query;
afterEach(() => {
  Client.prototype.query = originalQuery;
});
async function statementsOf(work: () => Promise<unknown>) {
  let count = 0;
  Client.prototype.query = function (this: Client, ...args: unknown[]) {
    count++;
    return (originalQuery as (...rest: unknown[]) => unknown).apply(this, args);
  } as typeof Client.prototype.query;
  await work();
  Client.prototype.query = originalQuery;
  return count;
}

async function busyContract() {
  const fixture = await createActiveContract({ milestones: [50_000, 30_000, 20_000] });
  const [first, second] = fixture.milestoneIds;
  for (const milestoneId of [first, second]) await setMilestoneStatus(milestoneId, "FUNDED");
  await submitMilestone({
    user: fixture.expert,
    milestoneId: first,
    input: { note: "The audit report.", links: ["https://example.com/report"], fileIds: [] },
    now: new Date(),
  });
  const input = proposeAmendmentSchema.parse({ kind: "CHANGE_MILESTONE", milestoneId: fixture.milestoneIds[2], amountCents: 25_000, note: "" });
  await proposeAmendment({ user: fixture.expert, contractId: fixture.contractId, input, now: new Date() });
  return fixture;
}

describe("the contract page's loader", () => {
  it("gives the expert and the client what the page's sections give one by one", async () => {
    const { client, expert, contractId } = await busyContract();
    for (const user of [expert, client]) {
      const page = await loadContractPage({ user, contractId, now: NOW });
      expect(page).toEqual(await sectionsOneByOne(user, contractId, NOW));
      expect(page.amendments?.amendments).toHaveLength(1);
      expect(page.contract.milestones[0].submissions).toHaveLength(1);
      // The reviews come with the contract's own read now; the API's separate read gives the same.
      expect(page.contract.reviews).toEqual(await readContractReviews({ user, contractId, now: new Date() }));
    }
  });

  it("gives an hourly contract's timesheet, and leaves a proposal's sections out, as before", async () => {
    const hourly = await createHourlyContract({ now: NOW });
    await logTimeEntry({ user: hourly.expert, contractId: hourly.contractId, input: { date: "2027-03-02", hours: 2.5, description: "Data model" }, now: NOW });
    const proposed = await createProposedContract();
    for (const [user, contractId] of [
      [hourly.expert, hourly.contractId],
      [hourly.client, hourly.contractId],
      [proposed.expert, proposed.contractId],
      [proposed.client, proposed.contractId],
    ] as const) {
      expect(await loadContractPage({ user, contractId, now: NOW })).toEqual(await sectionsOneByOne(user, contractId, NOW));
    }
    const expertPage = await loadContractPage({ user: hourly.expert, contractId: hourly.contractId, now: NOW });
    expect(expertPage.timesheet?.currentWeek.totalMinutes).toBe(150);
    const proposal = await loadContractPage({ user: proposed.client, contractId: proposed.contractId, now: NOW });
    expect([proposal.amendments, proposal.disputeCase, proposal.timesheet]).toEqual([null, null, null]);
  });

  it("is a 404 for someone who is not a party", async () => {
    const { contractId } = await busyContract();
    const stranger = await createClient();
    const error = await loadContractPage({ user: stranger, contractId, now: NOW }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("NOT_FOUND");
  });

  it("reads the contract once: a fixed-price page costs the expert 6 statements and the client (owner) 8", async () => {
    const { client, expert, contractId } = await busyContract();
    // The client owner also reads the receipts and the Save toggle's state.
    expect(await statementsOf(() => loadContractPage({ user: expert, contractId, now: NOW }))).toBeLessThanOrEqual(6);
    expect(await statementsOf(() => loadContractPage({ user: client, contractId, now: NOW }))).toBeLessThanOrEqual(8);
    // The sections one by one (the page before) find the contract again for the history and the reviews.
    expect(await statementsOf(() => sectionsOneByOne(expert, contractId, NOW))).toBeGreaterThan(6);
  });
});
