import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import type { SessionUser } from "@/lib/auth/session";

// The contract page benchmark's data, made through the product's own functions: an active contract
// with eight milestones in every state a busy one goes through (handed in with links and files,
// changes requested and handed in again, funded, not funded yet), a chat, and amendments (one
// accepted, one waiting for an answer). A second contract holds the funded milestones the benchmark
// submits, one per round, so that every submit is a first hand-in.

const SESSION_COOKIE = "next-auth.session-token";
const DAY_MS = 86_400_000;

export type ContractPageData = {
  contractId: string;
  expert: SessionUser;
  client: SessionUser;
  /** The expert of a second contract, the contract, and its funded milestones (in position order): one per submit round. */
  submitter: SessionUser;
  submitContractId: string;
  submittable: string[];
};

export async function seedContractPage(submitRounds: number): Promise<ContractPageData> {
  const { createActiveContract, setMilestoneStatus } = await import("../../tests/fixtures/contracts");
  const { markEmailVerified } = await import("../../tests/fixtures/accounts");
  const { createUploadedFiles } = await import("../../tests/fixtures/attachment-files");
  const { submitMilestone } = await import("@/lib/milestones/submit-milestone");
  const { requestChanges } = await import("@/lib/milestones/request-changes");
  const { postMessage } = await import("@/lib/chat/post-message");
  const { proposeAmendment } = await import("@/lib/amendments/propose-amendment");
  const { acceptAmendment } = await import("@/lib/amendments/accept-amendment");
  const { proposeAmendmentSchema } = await import("@/lib/amendments/schemas");

  const amounts = [120_000, 80_000, 150_000, 60_000, 90_000, 75_000, 200_000, 50_000];
  const { client, expert, contractId, conversationId, milestoneIds } = await createActiveContract({ milestones: amounts });
  await Promise.all([markEmailVerified(client.id), markEmailVerified(expert.id)]);
  let now = Date.now();
  const tick = () => new Date((now += 60_000));
  for (const milestoneId of milestoneIds.slice(0, 6)) await setMilestoneStatus(milestoneId, "FUNDED", tick());
  const handIn = async (milestoneId: string, round: number) => {
    const files = await createUploadedFiles(2, { ownerId: expert.id, purpose: "MILESTONE_DELIVERABLE", name: `report-${round}.pdf` });
    const input = {
      note: `Round ${round}: the report, the migration scripts and the runbook.`,
      links: ["https://example.com/pr/42", "https://example.com/preview"],
    };
    await submitMilestone({ user: expert, milestoneId, input: { ...input, fileIds: files.map((file) => file.id) }, now: tick() });
  };
  for (const [index, milestoneId] of milestoneIds.slice(0, 4).entries()) await handIn(milestoneId, index + 1);
  // Two rounds on the second and third: changes asked for, handed in again (the third waits for it).
  for (const milestoneId of milestoneIds.slice(1, 3)) {
    await requestChanges({ user: client, milestoneId, input: { note: "Please add the cost estimate per service." }, now: tick() });
  }
  await handIn(milestoneIds[1], 2);
  for (let index = 0; index < 30; index++) {
    const user = index % 2 ? client : expert;
    await postMessage({
      user,
      conversationId,
      input: { clientMessageId: randomUUID(), body: `Message ${index + 1} about the migration.`, fileIds: [] },
      now: tick(),
    });
  }
  const addMilestone = (title: string) =>
    proposeAmendmentSchema.parse({
      kind: "ADD_MILESTONE",
      title,
      description: "Found while migrating.",
      amountCents: 40_000,
      dueDate: new Date(now + 30 * DAY_MS).toISOString().slice(0, 10),
      note: "",
    });
  const accepted = await proposeAmendment({ user: expert, contractId, input: addMilestone("Load testing"), now: tick() });
  await acceptAmendment({ user: client, contractId, amendmentId: accepted.id, now: tick() });
  await proposeAmendment({ user: expert, contractId, input: addMilestone("Hand-over workshop"), now: tick() });

  // The submits go to a contract of its own (another client and expert), so the measured page stays as it is.
  const submits = await createActiveContract({ milestones: Array.from({ length: submitRounds }, () => 10_000) });
  await markEmailVerified(submits.expert.id);
  for (const milestoneId of submits.milestoneIds) await setMilestoneStatus(milestoneId, "FUNDED", tick());
  return { contractId, expert, client, submitter: submits.expert, submitContractId: submits.contractId, submittable: submits.milestoneIds };
}

export async function sessionCookie(user: SessionUser, secret: string) {
  return `${SESSION_COOKIE}=${await encode({ token: { sub: user.id, role: user.role, email: user.email }, secret })}`;
}
