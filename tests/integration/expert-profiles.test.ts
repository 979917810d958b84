import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getExpertProfile } from "@/lib/expert-profiles/get-expert-profile";
import { getPublicProfile } from "@/lib/expert-profiles/get-public-profile";
import { getPublicProfileFileOperation } from "@/lib/expert-profiles/get-public-profile-file.operation";
import { addPortfolioItem } from "@/lib/expert-profiles/portfolio";
import { removeProfilePhoto, setProfilePhoto } from "@/lib/expert-profiles/profile-photo";
import { findResponseTime } from "@/lib/expert-profiles/response-time";
import { canReadFile, fileAccessSelect } from "@/lib/files/access";
import { hirePagePathsOf } from "@/lib/hire-pages/announce-changes";
import { listPublicProfiles } from "@/lib/hire-pages/list-public-profiles";
import { updateProfile } from "@/lib/vetting/application/update-profile";
import { createShortlistedRequest } from "../fixtures/chat";
import { createProposedContract } from "../fixtures/contracts";
import { createAdmin, createApprovedExperts, createClient, createDraftRequest, createSkill } from "../fixtures/matching";
import { addColleague } from "../fixtures/teams";
import { callOperation } from "../support/call-operation";

// Who may open an expert's full profile (lib/parties/expert-profile-viewers.ts), and when the public
// profile page exists. Every test makes its own people.

const openAs = (user: Parameters<typeof getExpertProfile>[0]["user"], expertProfileId: string) => getExpertProfile({ user, expertProfileId });
const expectNotFound = (promise: Promise<unknown>) => expect(promise).rejects.toMatchObject({ code: "NOT_FOUND" });

describe("who may see an expert's profile", () => {
  it("a company that shortlisted the expert: every member, whatever their role", async () => {
    const { client, experts } = await createShortlistedRequest(1);
    const [expert] = experts;
    const profile = await openAs(client, expert.expertProfileId!);
    expect(profile).toMatchObject({ id: expert.expertProfileId, name: expert.name, viewer: { isSelf: false, isAdmin: false } });
    const viewer = await addColleague(client.companyId!, "VIEWER");
    await expect(openAs(viewer, expert.expertProfileId!)).resolves.toMatchObject({ id: expert.expertProfileId });
  });

  it("a company with a contract with the expert", async () => {
    const { client, expert } = await createProposedContract({ expertCount: 1 });
    await expect(openAs(client, expert.expertProfileId!)).resolves.toMatchObject({ id: expert.expertProfileId });
  });

  it("not another company, not an expert who is only invited, not another expert: the same 404 as for no profile", async () => {
    const { experts } = await createShortlistedRequest(1);
    const [expert] = experts;
    const otherCompany = await createClient();
    await expectNotFound(openAs(otherCompany, expert.expertProfileId!));
    const [otherExpert] = await createApprovedExperts((await createSkill()).id, 1);
    await expectNotFound(openAs(otherExpert, expert.expertProfileId!));
    await expectNotFound(openAs(otherCompany, "no-such-profile"));

    // An invitation the expert has not answered leaves them anonymous to the company.
    const skill = await createSkill();
    const [invited] = await createApprovedExperts(skill.id, 1);
    const request = await createDraftRequest(otherCompany, skill.id);
    await db.match.create({
      data: {
        requestId: request.id,
        expertProfileId: invited.expertProfileId!,
        status: "ACCEPTED",
        score: 1,
        scoreBreakdown: {},
        rank: 1,
        expiresAt: new Date(),
      },
    });
    await expectNotFound(openAs(otherCompany, invited.expertProfileId!));
  });

  it("the expert themself and admins", async () => {
    const { experts } = await createShortlistedRequest(1);
    const [expert] = experts;
    await expect(openAs(expert, expert.expertProfileId!)).resolves.toMatchObject({ viewer: { isSelf: true } });
    const admin = await createAdmin();
    await expect(openAs(admin, expert.expertProfileId!)).resolves.toMatchObject({ viewer: { isAdmin: true } });
  });

  it("a deleted expert's profile is gone for the company", async () => {
    const { client, experts } = await createShortlistedRequest(1);
    await db.user.update({ where: { id: experts[0].id }, data: { deletedAt: new Date() } });
    await expectNotFound(openAs(client, experts[0].expertProfileId!));
  });
});

describe("the public profile", () => {
  async function publicExpert() {
    const [expert] = await createApprovedExperts((await createSkill()).id, 1);
    await updateProfile({ user: expert, input: { publicProfile: true }, now: new Date() });
    const { publicSlug } = await db.expertProfile.findUniqueOrThrow({ where: { id: expert.expertProfileId! }, select: { publicSlug: true } });
    if (!publicSlug) throw new Error("opting in made no address");
    return { expert, slug: publicSlug };
  }

  it("exists only while the expert opts in, and keeps its address through opting out and in again", async () => {
    const { expert, slug } = await publicExpert();
    expect(slug).toMatch(/^fixture-expert-0-[a-z0-9]{6}$/);
    await expect(getPublicProfile(slug)).resolves.toMatchObject({ id: expert.expertProfileId, name: expert.name, slug });
    expect(await getPublicProfile(slug)).not.toHaveProperty("timezone");
    expect((await listPublicProfiles()).map((profile) => profile.slug)).toContain(slug);

    await updateProfile({ user: expert, input: { publicProfile: false }, now: new Date() });
    await expect(getPublicProfile(slug)).resolves.toBeNull();
    expect((await listPublicProfiles()).map((profile) => profile.slug)).not.toContain(slug);
    // Announced with the expert's hiring pages, so every instance turns the cached page into a 404.
    expect(await hirePagePathsOf(expert.id)).toContain(`/p/${slug}`);

    await updateProfile({ user: expert, input: { publicProfile: true }, now: new Date() });
    await expect(getPublicProfile(slug)).resolves.toMatchObject({ slug });
  });

  it("is gone for a suspended, a no longer approved or a deleted expert, and for anything that is not a slug", async () => {
    const suspended = await publicExpert();
    await db.user.update({ where: { id: suspended.expert.id }, data: { suspendedAt: new Date() } });
    await expect(getPublicProfile(suspended.slug)).resolves.toBeNull();

    const unapproved = await publicExpert();
    await db.expertProfile.update({ where: { id: unapproved.expert.expertProfileId! }, data: { vettingStatus: "SUSPENDED" } });
    await expect(getPublicProfile(unapproved.slug)).resolves.toBeNull();

    const deleted = await publicExpert();
    await db.user.update({ where: { id: deleted.expert.id }, data: { deletedAt: new Date() } });
    await expect(getPublicProfile(deleted.slug)).resolves.toBeNull();

    await expect(getPublicProfile("../admin")).resolves.toBeNull();
    await expect(getPublicProfile("x".repeat(200))).resolves.toBeNull();
  });

  it("never shows a profile that was never opted in", async () => {
    const [expert] = await createApprovedExperts((await createSkill()).id, 1);
    await db.expertProfile.update({ where: { id: expert.expertProfileId! }, data: { publicSlug: `never-public-${expert.id.slice(-6)}` } });
    await expect(getPublicProfile(`never-public-${expert.id.slice(-6)}`)).resolves.toBeNull();
  });
});

describe("response time", () => {
  it("is the median first reply over recent conversations, and hidden with fewer than three", async () => {
    const { client, experts, conversationWith } = await createShortlistedRequest(1);
    const [expert] = experts;
    const conversationId = conversationWith(expert);
    const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 9, minutes));
    let id = 0;
    const post = (senderId: string, conversation: string, minutes: number) =>
      db.message.create({
        data: { conversationId: conversation, senderId, clientMessageId: `rt-${++id}-${conversation}`, body: "hi", createdAt: at(minutes) },
      });
    await post(client.id, conversationId, 0);
    await post(expert.id, conversationId, 10);
    // The participants' copies of lastMessageAt follow the conversation's (a trigger).
    await db.conversation.update({ where: { id: conversationId }, data: { lastMessageAt: at(10) } });
    expect(await findResponseTime(expert.id)).toBeNull();

    for (const [index, reply] of [30, 50].entries()) {
      const conversation = await db.conversation.create({
        data: { participants: { create: [{ userId: client.id }, { userId: expert.id }] } },
        select: { id: true },
      });
      await post(client.id, conversation.id, 0);
      await post(expert.id, conversation.id, reply);
      await db.conversation.update({ where: { id: conversation.id }, data: { lastMessageAt: at(reply + index) } });
    }
    expect(await findResponseTime(expert.id)).toEqual({ medianMinutes: 30, sampleSize: 3 });
  });
});

describe("the profile photo and portfolio files", () => {
  /** A checked upload of the expert's, as completing an upload leaves it (no bytes needed for access rules). */
  async function readyFile(ownerId: string, purpose: "PROFILE_PHOTO" | "PORTFOLIO") {
    const storageKey = `test/${ownerId}/${Math.random().toString(36).slice(2)}`;
    return db.storedFile.create({
      data: {
        ownerId,
        purpose,
        status: "READY",
        storageKey,
        thumbnailKey: `${storageKey}.webp`,
        name: "face.png",
        contentType: "image/png",
        size: 10,
        uploadExpiresAt: new Date(),
        uploadedAt: new Date(),
      },
      select: { id: true },
    });
  }
  const readable = async (user: Parameters<typeof canReadFile>[0], fileId: string) =>
    canReadFile(user, await db.storedFile.findUniqueOrThrow({ where: { id: fileId }, select: fileAccessSelect }));

  it("are seen by whoever may see the profile, and by everyone once it is public", async () => {
    const { client, experts } = await createShortlistedRequest(1);
    const [expert] = experts;
    const photo = await readyFile(expert.id, "PROFILE_PHOTO");
    const { photo: shown } = await setProfilePhoto({ user: expert, fileId: photo.id, now: new Date() });
    expect(shown?.thumbnailUrl).toBe(`/api/v1/files/${photo.id}/thumbnail`);
    const item = await addPortfolioItem({
      user: expert,
      input: { title: "Work", description: "", url: null, fileIds: [(await readyFile(expert.id, "PORTFOLIO")).id] },
    });
    const [portfolioFile] = item.files;

    const outsider = await createClient();
    for (const fileId of [photo.id, portfolioFile.id]) {
      expect(await readable(client, fileId)).toBe(true);
      expect(await readable(outsider, fileId)).toBe(false);
    }
    await expect(getExpertProfile({ user: client, expertProfileId: expert.expertProfileId! })).resolves.toMatchObject({
      photo: { thumbnailUrl: `/api/v1/files/${photo.id}/thumbnail` },
      portfolio: [{ files: [{ id: portfolioFile.id }] }],
    });

    await updateProfile({ user: expert, input: { publicProfile: true }, now: new Date() });
    expect(await readable(outsider, photo.id)).toBe(true);
    const { publicSlug } = await db.expertProfile.findUniqueOrThrow({ where: { id: expert.expertProfileId! }, select: { publicSlug: true } });
    const anonymous = await callOperation(getPublicProfileFileOperation, null, { params: { slug: publicSlug!, fileId: photo.id } });
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("location")).toMatch(/^\/api\/v1\/storage\/downloads\//);
    await updateProfile({ user: expert, input: { publicProfile: false }, now: new Date() });
    expect(await readable(outsider, photo.id)).toBe(false);
    expect((await callOperation(getPublicProfileFileOperation, null, { params: { slug: publicSlug!, fileId: photo.id } })).status).toBe(404);
  });

  it("a new photo replaces the old one, whose file is deleted; only a checked PROFILE_PHOTO upload of one's own is taken", async () => {
    const [expert] = await createApprovedExperts((await createSkill()).id, 1);
    const [other] = await createApprovedExperts((await createSkill()).id, 1);
    const first = await readyFile(expert.id, "PROFILE_PHOTO");
    const second = await readyFile(expert.id, "PROFILE_PHOTO");
    await setProfilePhoto({ user: expert, fileId: first.id, now: new Date() });
    await setProfilePhoto({ user: expert, fileId: second.id, now: new Date() });
    expect(await db.storedFile.findUnique({ where: { id: first.id } })).toBeNull();
    await expect(setProfilePhoto({ user: other, fileId: second.id, now: new Date() })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    const wrongPurpose = await readyFile(expert.id, "PORTFOLIO");
    await expect(setProfilePhoto({ user: expert, fileId: wrongPurpose.id, now: new Date() })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    const photoFileId = async () =>
      (await db.expertProfile.findUniqueOrThrow({ where: { id: expert.expertProfileId! }, select: { photoFileId: true } })).photoFileId;
    expect(await photoFileId()).toBe(second.id);
    await removeProfilePhoto({ user: expert });
    expect(await photoFileId()).toBeNull();
    expect(await db.storedFile.findUnique({ where: { id: second.id } })).toBeNull();
  });
});
