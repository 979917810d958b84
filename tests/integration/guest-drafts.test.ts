import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { AppError } from "@/lib/errors";
import { claimGuestDraft } from "@/lib/request-drafts/claim-guest-draft";
import { deleteExpiredGuestDrafts } from "@/lib/request-drafts/delete-expired-guest-drafts";
import { GUEST_DRAFT_LIFETIME_MS, signGuestDraftToken, verifyGuestDraftToken } from "@/lib/request-drafts/guest-draft-token";
import { readGuestDraft } from "@/lib/request-drafts/read-guest-draft";
import { saveGuestDraft } from "@/lib/request-drafts/save-guest-draft";
import type { GuestDraftInput } from "@/lib/request-drafts/schemas";
import { resolvePrefill } from "@/lib/requests/resolve-prefill";

const DAY = 86_400_000;
const unique = (prefix: string) => `${prefix}-${randomUUID()}`;
const ip = () => `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 8)}`;
const secret = () => env().NEXTAUTH_SECRET;

async function createClient(companyRole: "OWNER" | "VIEWER" = "OWNER"): Promise<SessionUser> {
  const email = `${unique("client")}@example.test`;
  const company = await db.company.create({
    data: {
      name: unique("Company"),
      members: { create: { role: companyRole, user: { create: { email, name: "Gia Guest", passwordHash: "unused", role: "CLIENT" } } } },
    },
    select: { id: true, members: { select: { userId: true } } },
  });
  const user = { id: company.members[0].userId, email, name: "Gia Guest", role: "CLIENT" as const, companyId: company.id, companyRole };
  return { ...user, expertProfileId: null, isTwoFactorEnabled: false };
}

async function createSkill(name = unique("Skill")) {
  return db.skill.create({ data: { name, slug: name.toLowerCase(), category: "Test" }, select: { id: true, name: true, slug: true } });
}

async function need(): Promise<GuestDraftInput> {
  const skill = await createSkill();
  return {
    title: "Async FastAPI backend for claims",
    description: "Build an async FastAPI service that ingests insurance claims and stores them in PostgreSQL.",
    requiredSkills: [{ skillId: skill.id, minYears: 0 }],
    engagement: "HOURLY",
  };
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  return promise.then(
    () => expect.fail("expected the call to be rejected"),
    (error: AppError) => error,
  );
}

describe("the guest draft token", () => {
  it("names its draft until it expires, and only with the secret that signed it", async () => {
    const now = new Date();
    const token = await signGuestDraftToken({ id: "draft-1", expiresAt: new Date(now.getTime() + DAY) }, secret());
    expect(await verifyGuestDraftToken(token, secret(), now)).toBe("draft-1");
    expect(await verifyGuestDraftToken(token, secret(), new Date(now.getTime() + 2 * DAY))).toBeNull();
    expect(await verifyGuestDraftToken(token, `${secret()}-rotated`, now)).toBeNull();
  });

  it("refuses a token that was altered, or one that is no token at all", async () => {
    const token = await signGuestDraftToken({ id: "draft-1", expiresAt: new Date(Date.now() + DAY) }, secret());
    const [header, payload, signature] = token.split(".");
    const otherPayload = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, "base64url").toString()), sub: "draft-2" })).toString("base64url");
    const flipped = `${signature.slice(0, -2)}${signature.at(-2) === "A" ? "B" : "A"}${signature.at(-1)}`;
    for (const forged of [
      `${header}.${otherPayload}.${signature}`,
      `${header}.${payload}.${flipped}`,
      `${header}.${payload}.`,
      "",
      "x".repeat(5000),
      undefined,
    ]) {
      expect(await verifyGuestDraftToken(forged, secret())).toBeNull();
    }
  });
});

describe("saving a guest draft", () => {
  it("creates a draft that lasts a week, then updates the same one", async () => {
    const now = new Date();
    const fields = await need();
    const first = await saveGuestDraft({ draftId: null, fields, ip: ip(), now });
    expect(first.expiresAt).toEqual(new Date(now.getTime() + GUEST_DRAFT_LIFETIME_MS));
    const second = await saveGuestDraft({ draftId: first.id, fields: { ...fields, title: "Claims intake API in FastAPI" }, ip: ip(), now });
    expect(second.id).toBe(first.id);
    const read = await readGuestDraft({ draftId: first.id, now });
    expect(read).toMatchObject({ ok: true, fields: { title: "Claims intake API in FastAPI", engagement: "HOURLY", requiredSkills: fields.requiredSkills } });
  });

  it("starts a new draft when the one named was claimed or has expired", async () => {
    const now = new Date();
    const fields = await need();
    const saved = await saveGuestDraft({ draftId: null, fields, ip: ip(), now });
    const later = new Date(now.getTime() + GUEST_DRAFT_LIFETIME_MS + 1);
    const again = await saveGuestDraft({ draftId: saved.id, fields, ip: ip(), now: later });
    expect(again.id).not.toBe(saved.id);
  });

  it("refuses unknown skills and inconsistent fields", async () => {
    const fields = await need();
    const unknownSkill = await rejection(
      saveGuestDraft({ draftId: null, fields: { ...fields, requiredSkills: [{ skillId: "no-such-skill", minYears: 0 }] }, ip: ip(), now: new Date() }),
    );
    expect(unknownSkill.fields).toHaveProperty("requiredSkills");
    const budget = await rejection(
      saveGuestDraft({ draftId: null, fields: { ...fields, budgetMinCents: 9000, budgetMaxCents: 5000 }, ip: ip(), now: new Date() }),
    );
    expect(budget.code).toBe("VALIDATION_FAILED");
  });

  it("makes at most 20 new drafts an hour from one address", async () => {
    const address = ip();
    const fields = await need();
    for (let index = 0; index < 20; index++) await saveGuestDraft({ draftId: null, fields, ip: address, now: new Date() });
    expect((await rejection(saveGuestDraft({ draftId: null, fields, ip: address, now: new Date() }))).code).toBe("RATE_LIMITED");
    await expect(saveGuestDraft({ draftId: null, fields, ip: ip(), now: new Date() })).resolves.toHaveProperty("id");
  });
});

describe("reading a guest draft back", () => {
  it("checks the stored fields again and keeps only what is still valid", async () => {
    const skill = await createSkill();
    const row = await db.guestRequestDraft.create({
      data: {
        expiresAt: new Date(Date.now() + DAY),
        fields: {
          title: "Claims intake API",
          description: 42,
          budgetMaxCents: -5,
          startDate: "2020-01-01T00:00:00.000Z",
          requiredSkills: [{ skillId: skill.id, minYears: 1 }],
          niceToHaveSkillIds: ["gone-from-the-taxonomy"],
          timezone: "<script>alert(1)</script>",
          isAdmin: true,
        },
      },
      select: { id: true },
    });
    const read = await readGuestDraft({ draftId: row.id, now: new Date() });
    expect(read).toEqual({
      ok: true,
      id: row.id,
      fields: { title: "Claims intake API", requiredSkills: [{ skillId: skill.id, minYears: 1 }], niceToHaveSkillIds: [] },
      skillNames: { [skill.id]: skill.name },
    });
  });

  it("says when a draft expired, was claimed or never existed", async () => {
    const fields = await need();
    const saved = await saveGuestDraft({ draftId: null, fields, ip: ip(), now: new Date(Date.now() - GUEST_DRAFT_LIFETIME_MS - 1) });
    expect(await readGuestDraft({ draftId: saved.id, now: new Date() })).toEqual({ ok: false, problem: "expired" });
    expect(await readGuestDraft({ draftId: "no-such-draft", now: new Date() })).toEqual({ ok: false, problem: "missing" });
    const live = await saveGuestDraft({ draftId: null, fields, ip: ip(), now: new Date() });
    await claimGuestDraft({ user: await createClient(), draftId: live.id, now: new Date() });
    expect(await readGuestDraft({ draftId: live.id, now: new Date() })).toEqual({ ok: false, problem: "claimed" });
  });
});

describe("claiming a guest draft", () => {
  it("makes it a draft request of the new company, with its skills, and empties the guest copy", async () => {
    const client = await createClient();
    const fields = await need();
    const saved = await saveGuestDraft({ draftId: null, fields, ip: ip(), now: new Date() });
    const claimed = await claimGuestDraft({ user: client, draftId: saved.id, now: new Date() });
    if (!claimed.ok) return expect.fail(`not claimed: ${claimed.problem}`);
    const request = await db.hiringRequest.findUniqueOrThrow({
      where: { id: claimed.requestId },
      select: { status: true, title: true, engagement: true, companyId: true, createdById: true, skills: { select: { skillId: true, isRequired: true } } },
    });
    expect(request).toEqual({
      status: "DRAFT",
      title: fields.title,
      engagement: "HOURLY",
      companyId: client.companyId,
      createdById: client.id,
      skills: [{ skillId: fields.requiredSkills?.[0].skillId, isRequired: true }],
    });
    const guest = await db.guestRequestDraft.findUniqueOrThrow({
      where: { id: saved.id },
      select: { fields: true, claimedByUserId: true, claimedRequestId: true },
    });
    expect(guest).toEqual({ fields: {}, claimedByUserId: client.id, claimedRequestId: claimed.requestId });
  });

  it("answers a second claim by the same account with the same request, and refuses anyone else", async () => {
    const client = await createClient();
    const saved = await saveGuestDraft({ draftId: null, fields: await need(), ip: ip(), now: new Date() });
    const first = await claimGuestDraft({ user: client, draftId: saved.id, now: new Date() });
    expect(await claimGuestDraft({ user: client, draftId: saved.id, now: new Date() })).toEqual(first);
    expect(await claimGuestDraft({ user: await createClient(), draftId: saved.id, now: new Date() })).toEqual({ ok: false, problem: "claimed" });
  });

  it("makes one request when two tabs claim at once", async () => {
    const client = await createClient();
    const saved = await saveGuestDraft({ draftId: null, fields: await need(), ip: ip(), now: new Date() });
    const claims = await Promise.all([0, 1, 2].map(() => claimGuestDraft({ user: client, draftId: saved.id, now: new Date() })));
    const ids = claims.map((claim) => (claim.ok ? claim.requestId : claim.problem));
    expect(new Set(ids).size).toBe(1);
    expect(await db.hiringRequest.count({ where: { createdById: client.id } })).toBe(1);
  });

  it("does not claim an expired draft", async () => {
    const client = await createClient();
    const saved = await saveGuestDraft({ draftId: null, fields: await need(), ip: ip(), now: new Date(Date.now() - GUEST_DRAFT_LIFETIME_MS - 1) });
    expect(await claimGuestDraft({ user: client, draftId: saved.id, now: new Date() })).toEqual({ ok: false, problem: "expired" });
    expect(await db.hiringRequest.count({ where: { createdById: client.id } })).toBe(0);
  });

  it("is for company members who may raise requests", async () => {
    const saved = await saveGuestDraft({ draftId: null, fields: await need(), ip: ip(), now: new Date() });
    const viewer = await createClient("VIEWER");
    expect((await rejection(claimGuestDraft({ user: viewer, draftId: saved.id, now: new Date() }))).code).toBe("FORBIDDEN");
    const expert: SessionUser = { ...(await createClient()), role: "EXPERT", companyId: null, companyRole: null };
    expect((await rejection(claimGuestDraft({ user: expert, draftId: saved.id, now: new Date() }))).code).toBe("FORBIDDEN");
    expect(await readGuestDraft({ draftId: saved.id, now: new Date() })).toMatchObject({ ok: true });
  });
});

describe("expired guest drafts", () => {
  it("are deleted by the periodic job; live ones stay", async () => {
    const fields = await need();
    const old = await saveGuestDraft({ draftId: null, fields, ip: ip(), now: new Date(Date.now() - GUEST_DRAFT_LIFETIME_MS - 1) });
    const live = await saveGuestDraft({ draftId: null, fields, ip: ip(), now: new Date() });
    await deleteExpiredGuestDrafts(new Date());
    expect(await db.guestRequestDraft.findUnique({ where: { id: old.id }, select: { id: true } })).toBeNull();
    expect(await db.guestRequestDraft.findUnique({ where: { id: live.id }, select: { id: true } })).not.toBeNull();
  });
});

describe("pre-fill from a link", () => {
  it("looks skills up by slug, ignores unknown ones and titles the request after the first", async () => {
    const fastapi = await createSkill();
    const docker = await createSkill();
    const prefill = await resolvePrefill({ skill: `${fastapi.slug},no-such-skill`, nice: docker.slug, engagement: "hourly" });
    expect(prefill).toEqual({
      fields: {
        title: `${fastapi.name} expert`,
        engagement: "HOURLY",
        requiredSkills: [{ skillId: fastapi.id, minYears: 0 }],
        niceToHaveSkillIds: [docker.id],
      },
      skillNames: { [fastapi.id]: fastapi.name, [docker.id]: docker.name },
    });
  });
});
