import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { contractDetailSchema } from "@/lib/contracts/api-schemas";
import { getContract } from "@/lib/contracts/get-contract";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { listDisputes } from "@/lib/milestones/list-disputes";
import { openDispute } from "@/lib/milestones/open-dispute";
import { approveMilestone } from "@/lib/milestones/release-milestone";
import { requestChanges } from "@/lib/milestones/request-changes";
import { startFunding } from "@/lib/milestones/start-funding";
import { submitMilestone } from "@/lib/milestones/submit-milestone";
import { createActiveContract, setMilestoneStatus } from "../fixtures/contracts";
import { createAdmin } from "../fixtures/matching";
import { createFundableContract, eventually, milestoneStatus, type PaymentHarness, startPaymentHarness } from "../fixtures/payments";

// A milestone's revision timeline: every hand-in and every change request is kept, in order, and
// both sides (and an admin resolving a dispute) read the same history.

let harness: PaymentHarness;
beforeAll(async () => {
  harness = await startPaymentHarness();
});
afterAll(async () => {
  await harness.stop();
});

const MINUTE = 60_000;
const at = (start: Date, minutes: number) => new Date(start.getTime() + minutes * MINUTE);
const submit = (user: SessionUser, milestoneId: string, note: string, links: string[], now: Date) =>
  submitMilestone({ user, milestoneId, input: { note, links, fileIds: [] }, now });
const askForChanges = (user: SessionUser, milestoneId: string, note: string, now: Date) => requestChanges({ user, milestoneId, input: { note }, now });

async function codeOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  return error instanceof AppError ? error.code : String(error);
}

async function timelineOf(user: SessionUser, contractId: string) {
  const contract = await getContract({ user, contractId });
  return contract.milestones[0].submissions;
}

describe("a milestone's revision timeline", () => {
  it("keeps all three rounds and both change requests, in order, through approval, for both sides and in the API's shape", async () => {
    const { client, expert, contractId, milestoneIds } = await createFundableContract(harness, [40_000]);
    const [milestoneId] = milestoneIds;
    const { checkoutUrl } = await startFunding({ user: client, milestoneId });
    await harness.pay(checkoutUrl);
    await eventually(async () => (await milestoneStatus(milestoneId)) === "FUNDED", "the milestone to be funded");
    const start = new Date();

    await submit(expert, milestoneId, "First draft of the audit report.", ["https://example.com/draft-1"], at(start, 1));
    await askForChanges(client, milestoneId, "Please add the cost estimate per service.", at(start, 2));
    await submit(expert, milestoneId, "Second draft, with the cost estimate.", ["https://example.com/draft-2", "https://example.com/costs"], at(start, 3));
    await askForChanges(client, milestoneId, "The totals do not add up: check the storage line.", at(start, 4));
    await submit(expert, milestoneId, "Final report, totals corrected.", [], at(start, 5));
    expect((await approveMilestone({ user: client, milestoneId, now: at(start, 6) })).status).toBe("RELEASED");

    const expected = [
      {
        round: 1,
        note: "First draft of the audit report.",
        links: ["https://example.com/draft-1"],
        files: [],
        submittedAt: at(start, 1),
        submittedBy: { name: expert.name },
        changesRequestedNote: "Please add the cost estimate per service.",
        changesRequestedAt: at(start, 2),
        changesRequestedBy: { name: client.name },
      },
      {
        round: 2,
        note: "Second draft, with the cost estimate.",
        links: ["https://example.com/draft-2", "https://example.com/costs"],
        files: [],
        submittedAt: at(start, 3),
        submittedBy: { name: expert.name },
        changesRequestedNote: "The totals do not add up: check the storage line.",
        changesRequestedAt: at(start, 4),
        changesRequestedBy: { name: client.name },
      },
      {
        round: 3,
        note: "Final report, totals corrected.",
        links: [],
        files: [],
        submittedAt: at(start, 5),
        submittedBy: { name: expert.name },
        changesRequestedNote: null,
        changesRequestedAt: null,
        changesRequestedBy: null,
      },
    ];
    expect(await timelineOf(client, contractId)).toEqual(expected);
    expect(await timelineOf(expert, contractId)).toEqual(expected);

    // The milestone's own columns still hold the latest round, as every other reader expects.
    const latest = await db.milestone.findUniqueOrThrow({ where: { id: milestoneId }, select: { submissionNote: true, submittedAt: true } });
    expect(latest).toEqual({ submissionNote: "Final report, totals corrected.", submittedAt: at(start, 5) });
    const overTheWire = contractDetailSchema.parse(JSON.parse(JSON.stringify(await getContract({ user: client, contractId }))));
    expect(overTheWire.milestones[0].submissions.map((submission) => [submission.round, submission.submittedAt])).toEqual([
      [1, at(start, 1).toISOString()],
      [2, at(start, 3).toISOString()],
      [3, at(start, 5).toISOString()],
    ]);
  });

  it("makes one round of two submissions at once, and records one change request of two at once", async () => {
    const { client, expert, contractId, milestoneIds } = await createActiveContract({ milestones: [30_000] });
    const [milestoneId] = milestoneIds;
    await setMilestoneStatus(milestoneId, "FUNDED");
    const now = new Date();

    const submissions = await Promise.all([1, 2].map((copy) => codeOf(submit(expert, milestoneId, `Delivered the work, copy ${copy}.`, [], now))));
    expect(submissions.sort()).toEqual(["CONFLICT", "null"]);
    const requests = await Promise.all([1, 2].map((copy) => codeOf(askForChanges(client, milestoneId, `Please change this, copy ${copy}.`, now))));
    expect(requests.sort()).toEqual(["CONFLICT", "null"]);

    const timeline = await timelineOf(client, contractId);
    expect(timeline.map((round) => round.round)).toEqual([1]);
    expect(timeline[0].changesRequestedNote).toMatch(/^Please change this, copy [12]\.$/);

    const resubmissions = await Promise.all([1, 2].map((copy) => codeOf(submit(expert, milestoneId, `Changed the work, copy ${copy}.`, [], now))));
    expect(resubmissions.sort()).toEqual(["CONFLICT", "null"]);
    expect((await timelineOf(expert, contractId)).map((round) => round.round)).toEqual([1, 2]);
  });

  it("shows an admin resolving a dispute every round, read-only", async () => {
    const { client, expert, milestoneIds } = await createActiveContract({ milestones: [30_000] });
    const [milestoneId] = milestoneIds;
    await setMilestoneStatus(milestoneId, "FUNDED");
    const start = new Date();
    await submit(expert, milestoneId, "The first version of the work.", ["https://example.com/v1"], at(start, 1));
    await askForChanges(client, milestoneId, "This misses the agreed export feature.", at(start, 2));
    await submit(expert, milestoneId, "The second version, with the export.", [], at(start, 3));
    const { disputeId } = await openDispute({ user: client, milestoneId, input: { reason: "The export still fails on every file larger than 1 MB." } });

    const { open } = await listDisputes({ user: await createAdmin() });
    const dispute = open.find((entry) => entry.id === disputeId);
    expect(dispute?.milestone?.submissions.map((round) => [round.round, round.note, round.changesRequestedNote])).toEqual([
      [1, "The first version of the work.", "This misses the agreed export feature."],
      [2, "The second version, with the export.", null],
    ]);
  });
});
