import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { getMessagePage } from "@/lib/chat/get-message-page";
import { listConversations } from "@/lib/chat/list-conversations";
import { postMessage } from "@/lib/chat/post-message";
import { findMessageBySeq } from "@/lib/chat/replay-messages";
import { MESSAGE_MAX_FILES, postMessageSchema } from "@/lib/chat/schemas";
import { sendUnreadEmail } from "@/lib/chat/send-unread-email";
import { getContract } from "@/lib/contracts/get-contract";
import { db } from "@/lib/db";
import { AppError, HTTP_STATUS } from "@/lib/errors";
import { canReadFile, fileAccessSelect } from "@/lib/files/access";
import { canReadAttachment } from "@/lib/files/attachment-access";
import { getInvitation } from "@/lib/invitations/get-invitation";
import { submitMilestoneSchema } from "@/lib/milestones/schemas";
import { submitMilestone } from "@/lib/milestones/submit-milestone";
import { createRequestBodySchema, draftUpdateSchema } from "@/lib/requests/api-schemas";
import { createRequest } from "@/lib/requests/create-request";
import { getRequest } from "@/lib/requests/get-request";
import { updateDraft } from "@/lib/requests/update-draft";
import { createUploadedFile, createUploadedFiles } from "../fixtures/attachment-files";
import { createShortlistedRequest } from "../fixtures/chat";
import { createActiveContract, setMilestoneStatus } from "../fixtures/contracts";
import { createAdmin, createApprovedExperts, createClient, createSkill } from "../fixtures/matching";

// Files on messages, milestone submissions and request briefs: only the sender's own, ready, unused
// files of the right kind are attached, in the same transaction as the record, so a refusal leaves
// nothing half-written; and only those who may read the record may open its files.

type User = SessionUser;

const message = (fileIds: string[], body = "", clientMessageId: string = randomUUID()) => postMessageSchema.parse({ clientMessageId, body, fileIds });
const send = (user: User, conversationId: string, input: ReturnType<typeof message>) => postMessage({ user, conversationId, input, now: new Date() });

/** The refusal's HTTP status, or a description of what happened instead. */
async function statusOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => "no error",
    (caught: unknown) => caught,
  );
  return error instanceof AppError ? HTTP_STATUS[error.code] : String(error);
}

const messagesWith = (conversationId: string) => db.message.count({ where: { conversationId } });
const attachedTo = async (fileId: string) =>
  db.storedFile.findUniqueOrThrow({ where: { id: fileId }, select: { messageId: true, milestoneSubmissionId: true, requestId: true, attachedAt: true } });

describe("chat attachments", () => {
  it("a message of files only reaches the other side with each file's name, size and type, in the page, the list, the stream and the email", async () => {
    const { client, experts, conversationWith } = await createShortlistedRequest(1);
    const [expert] = experts;
    const conversationId = conversationWith(expert);
    const spec = await createUploadedFile({ ownerId: client.id, purpose: "CHAT_ATTACHMENT", name: "spec.pdf" });
    const mockup = await createUploadedFile({ ownerId: client.id, purpose: "CHAT_ATTACHMENT", name: "mockup.png", contentType: "image/png" });

    const posted = await send(client, conversationId, message([spec.id, mockup.id]));
    expect(posted.isDuplicate).toBe(false);
    expect(posted.message.body).toBe("");
    expect(posted.message.files.map((file) => [file.name, file.contentType, file.isImage, file.downloadUrl])).toEqual([
      ["spec.pdf", "application/pdf", false, `/api/v1/files/${spec.id}/download`],
      ["mockup.png", "image/png", true, `/api/v1/files/${mockup.id}/download`],
    ]);

    const page = await getMessagePage({ user: expert, conversationId });
    expect(page.messages.at(-1)?.files.map((file) => file.id)).toEqual([spec.id, mockup.id]);
    const list = await listConversations({ user: expert });
    expect(list.conversations.find((conversation) => conversation.id === conversationId)?.lastMessage?.files.map((file) => file.name)).toEqual([
      "spec.pdf",
      "mockup.png",
    ]);
    expect((await findMessageBySeq(posted.message.seq))?.files).toEqual(posted.message.files);

    await sendUnreadEmail({ conversationId, userId: expert.id });
    const email = await db.emailOutbox.findFirstOrThrow({ where: { dedupeKey: `chat-unread:${conversationId}:${expert.id}:${posted.message.seq}` } });
    expect(email.text).toContain(`${client.name}: sent 2 files`);
  });

  it("takes at most 10 files, and never an empty message", () => {
    const ids = Array.from({ length: MESSAGE_MAX_FILES + 1 }, (_, index) => `file${index}`);
    const tooMany = postMessageSchema.safeParse({ clientMessageId: randomUUID(), body: "", fileIds: ids });
    expect(tooMany.success).toBe(false);
    expect(tooMany.error?.issues.map((issue) => issue.message)).toContain("Attach at most 10 files to one message; send the rest in another.");
    const empty = postMessageSchema.safeParse({ clientMessageId: randomUUID(), body: "   ", fileIds: [] });
    expect(empty.error?.issues.map((issue) => issue.message)).toEqual(["Write a message or attach a file before sending."]);
    const twice = postMessageSchema.safeParse({ clientMessageId: randomUUID(), fileIds: ["same", "same"] });
    expect(twice.success).toBe(false);
  });

  it("refuses someone else's file, a file not ready or rejected, a file of another kind and one already on a message, and stores no message", async () => {
    const { client, experts, conversationWith } = await createShortlistedRequest(1);
    const [expert] = experts;
    const conversationId = conversationWith(expert);
    const foreign = await createUploadedFile({ ownerId: expert.id, purpose: "CHAT_ATTACHMENT" });
    const pending = await createUploadedFile({ ownerId: client.id, purpose: "CHAT_ATTACHMENT", status: "PENDING" });
    const rejected = await createUploadedFile({ ownerId: client.id, purpose: "CHAT_ATTACHMENT", status: "REJECTED" });
    const deliverable = await createUploadedFile({ ownerId: client.id, purpose: "MILESTONE_DELIVERABLE" });
    const used = await createUploadedFile({ ownerId: client.id, purpose: "CHAT_ATTACHMENT" });
    const good = await createUploadedFile({ ownerId: client.id, purpose: "CHAT_ATTACHMENT" });
    await send(client, conversationId, message([used.id], "The first one."));
    const before = await messagesWith(conversationId);

    for (const bad of [foreign, pending, rejected, deliverable, used]) {
      const status = await statusOf(send(client, conversationId, message([good.id, bad.id], "With a bad file.")));
      expect([404, 409, 422], `${bad.id}: ${status}`).toContain(status);
    }
    expect(await messagesWith(conversationId)).toBe(before);
    // The good file went back untouched each time: it can still be sent.
    expect((await attachedTo(good.id)).messageId).toBeNull();
    await send(client, conversationId, message([good.id]));
    expect((await attachedTo(good.id)).messageId).not.toBeNull();
  });

  it("a retry with the same clientMessageId returns the stored message instead of failing on its already attached files", async () => {
    const { client, experts, conversationWith } = await createShortlistedRequest(1);
    const conversationId = conversationWith(experts[0]);
    const file = await createUploadedFile({ ownerId: client.id, purpose: "CHAT_ATTACHMENT" });
    const input = message([file.id], "Here is the spec.");
    const first = await send(client, conversationId, input);
    const retry = await send(client, conversationId, input);
    expect(retry.isDuplicate).toBe(true);
    expect(retry.message).toEqual(first.message);
    // The same id with other files is another message: a conflict, not a silent merge.
    const other = await createUploadedFile({ ownerId: client.id, purpose: "CHAT_ATTACHMENT" });
    expect(await statusOf(send(client, conversationId, message([other.id], "Here is the spec.", input.clientMessageId)))).toBe(409);
    // Two copies of one retry at once: one message.
    const twin = message([other.id], "Sent twice at once.");
    const both = await Promise.all([send(client, conversationId, twin), send(client, conversationId, twin)]);
    expect(both[0].message.id).toBe(both[1].message.id);
    expect(both.map((posted) => posted.isDuplicate).sort()).toEqual([false, true]);
  });

  it("one file sent on two messages at once lands on one of them; the other is refused whole", async () => {
    const { client, experts, conversationWith } = await createShortlistedRequest(1);
    const conversationId = conversationWith(experts[0]);
    const file = await createUploadedFile({ ownerId: client.id, purpose: "CHAT_ATTACHMENT" });
    const before = await messagesWith(conversationId);
    const outcomes = await Promise.allSettled([
      send(client, conversationId, message([file.id], "One.")),
      send(client, conversationId, message([file.id], "Two.")),
    ]);
    const stored = outcomes.filter((outcome) => outcome.status === "fulfilled");
    const refused = outcomes.filter((outcome) => outcome.status === "rejected");
    expect(stored).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const reason = refused[0].reason;
    expect(reason instanceof AppError && [409, 422].includes(HTTP_STATUS[reason.code])).toBe(true);
    expect(await messagesWith(conversationId)).toBe(before + 1);
    expect((await attachedTo(file.id)).messageId).toBe(stored[0].value.message.id);
  });

  it("only the conversation's members open its files: not the other candidates, not another company, not an admin of an undisputed chat", async () => {
    const { client, experts, conversationWith } = await createShortlistedRequest(2);
    const [expert, otherCandidate] = experts;
    const file = await createUploadedFile({ ownerId: expert.id, purpose: "CHAT_ATTACHMENT" });
    await send(expert, conversationWith(expert), message([file.id]));
    const columns = await attachedTo(file.id);
    expect(await canReadAttachment(client, columns)).toBe(true);
    expect(await canReadAttachment(expert, columns)).toBe(true);
    expect(await canReadAttachment(otherCandidate, columns)).toBe(false);
    expect(await canReadAttachment(await createClient(), columns)).toBe(false);
    expect(await canReadAttachment(await createAdmin(), columns)).toBe(false);
    // The download's decision: the admin rule does not open a conversation's files; the uploader always may.
    const stored = await db.storedFile.findUniqueOrThrow({ where: { id: file.id }, select: fileAccessSelect });
    expect(await canReadFile(await createAdmin(), stored)).toBe(false);
    expect(await canReadFile(otherCandidate, stored)).toBe(false);
    expect(await canReadFile(client, stored)).toBe(true);
    expect(await canReadFile(expert, stored)).toBe(true);
  });
});

describe("milestone deliverables", () => {
  async function fundedContract() {
    const fixture = await createActiveContract();
    await setMilestoneStatus(fixture.milestoneIds[0], "FUNDED");
    return fixture;
  }
  const submission = (fileIds: string[]) => submitMilestoneSchema.parse({ note: "The audit report, reviewed with your team.", fileIds });

  it("a submission carries its files; the client sees them on the round, and they stay on it", async () => {
    const { client, expert, contractId, milestoneIds } = await fundedContract();
    const report = await createUploadedFile({ ownerId: expert.id, purpose: "MILESTONE_DELIVERABLE", name: "audit-report.pdf" });
    await submitMilestone({ user: expert, milestoneId: milestoneIds[0], input: submission([report.id]), now: new Date() });
    const contract = await getContract({ user: client, contractId });
    const [round] = contract.milestones[0].submissions;
    expect(round.files.map((file) => [file.id, file.name])).toEqual([[report.id, "audit-report.pdf"]]);
    expect(await canReadAttachment(client, await attachedTo(report.id))).toBe(true);
  });

  it("a file that cannot be handed in leaves the milestone as it was; a second submit is refused and moves no file", async () => {
    const { client, expert, milestoneIds } = await fundedContract();
    const [milestoneId] = milestoneIds;
    const clients = await createUploadedFile({ ownerId: client.id, purpose: "MILESTONE_DELIVERABLE" });
    const chatFile = await createUploadedFile({ ownerId: expert.id, purpose: "CHAT_ATTACHMENT" });
    const rejected = await createUploadedFile({ ownerId: expert.id, purpose: "MILESTONE_DELIVERABLE", status: "REJECTED" });
    for (const bad of [clients, chatFile, rejected]) {
      expect([404, 409, 422]).toContain(await statusOf(submitMilestone({ user: expert, milestoneId, input: submission([bad.id]), now: new Date() })));
    }
    expect((await db.milestone.findUniqueOrThrow({ where: { id: milestoneId }, select: { status: true } })).status).toBe("FUNDED");
    expect(await db.milestoneSubmission.count({ where: { milestoneId } })).toBe(0);

    const [first, second] = await createUploadedFiles(2, { ownerId: expert.id, purpose: "MILESTONE_DELIVERABLE" });
    await submitMilestone({ user: expert, milestoneId, input: submission([first.id]), now: new Date() });
    expect(await statusOf(submitMilestone({ user: expert, milestoneId, input: submission([second.id]), now: new Date() }))).toBe(409);
    expect((await attachedTo(second.id)).milestoneSubmissionId).toBeNull();
  });

  it("the contract's parties and admins open the deliverables; another expert or company does not", async () => {
    const { client, expert, otherExperts, milestoneIds } = await fundedContract();
    const file = await createUploadedFile({ ownerId: expert.id, purpose: "MILESTONE_DELIVERABLE" });
    await submitMilestone({ user: expert, milestoneId: milestoneIds[0], input: submission([file.id]), now: new Date() });
    const columns = await attachedTo(file.id);
    expect(await canReadAttachment(client, columns)).toBe(true);
    expect(await canReadAttachment(expert, columns)).toBe(true);
    expect(await canReadAttachment(await createAdmin(), columns)).toBe(true);
    expect(await canReadAttachment(otherExperts[0], columns)).toBe(false);
    expect(await canReadAttachment(await createClient(), columns)).toBe(false);
  });
});

describe("request brief attachments", () => {
  const draft = (fileIds: string[]) => createRequestBodySchema.parse({ title: "A brief with files", fileIds });

  it("a draft takes the client's brief files, keeps the list it was last sent, and shows them on the request", async () => {
    const client = await createClient();
    const [spec, mockup] = await createUploadedFiles(2, { ownerId: client.id, purpose: "REQUEST_BRIEF" });
    const created = await createRequest({ user: client, input: draft([spec.id, mockup.id]), now: new Date() });
    expect((await getRequest({ user: client, requestId: created.id, now: new Date() })).files.map((file) => file.id)).toEqual([spec.id, mockup.id]);

    await updateDraft({ user: client, requestId: created.id, input: draftUpdateSchema.parse({ fileIds: [mockup.id] }), now: new Date() });
    expect((await getRequest({ user: client, requestId: created.id, now: new Date() })).files.map((file) => file.id)).toEqual([mockup.id]);
    // Taken off, it is unattached again: the orphan job removes it.
    expect(await attachedTo(spec.id)).toEqual({ messageId: null, milestoneSubmissionId: null, requestId: null, attachedAt: null });
    // Fields alone leave the files as they are.
    await updateDraft({ user: client, requestId: created.id, input: draftUpdateSchema.parse({ title: "A brief with one file" }), now: new Date() });
    expect((await attachedTo(mockup.id)).requestId).toBe(created.id);
  });

  it("refuses another client's file and a chat file, and creates no draft", async () => {
    const client = await createClient();
    const stranger = await createClient();
    const foreign = await createUploadedFile({ ownerId: stranger.id, purpose: "REQUEST_BRIEF" });
    const chatFile = await createUploadedFile({ ownerId: client.id, purpose: "CHAT_ATTACHMENT" });
    for (const bad of [foreign, chatFile]) {
      expect([404, 409, 422]).toContain(await statusOf(createRequest({ user: client, input: draft([bad.id]), now: new Date() })));
    }
    expect(await db.hiringRequest.count({ where: { createdById: client.id } })).toBe(0);
  });

  it("invited and shortlisted experts open the brief's files; other experts, and one who declined, do not", async () => {
    const { client, experts, requestId } = await createShortlistedRequest(2);
    const [shortlisted, declined] = experts;
    const file = await createUploadedFile({ ownerId: client.id, purpose: "REQUEST_BRIEF" });
    await db.storedFile.update({ where: { id: file.id }, data: { requestId, attachedAt: new Date() } });
    await db.match.updateMany({ where: { requestId, expertProfileId: declined.expertProfileId! }, data: { status: "DECLINED" } });
    const [stranger] = await createApprovedExperts((await createSkill()).id, 1);
    const columns = await attachedTo(file.id);
    expect(await canReadAttachment(client, columns)).toBe(true);
    expect(await canReadAttachment(shortlisted, columns)).toBe(true);
    expect(await canReadAttachment(declined, columns)).toBe(false);
    expect(await canReadAttachment(stranger, columns)).toBe(false);
    expect(await canReadAttachment(await createClient(), columns)).toBe(false);

    const match = await db.match.findFirstOrThrow({ where: { requestId, expertProfileId: shortlisted.expertProfileId! }, select: { id: true } });
    const invitation = await getInvitation({ user: shortlisted, matchId: match.id });
    expect(invitation.request.files.map((shown) => shown.id)).toEqual([file.id]);
  });
});
