import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authenticate } from "@/lib/auth/sign-in";
import { signUp } from "@/lib/auth/sign-up";
import { CHAT_MESSAGES } from "@/lib/chat/post-message";
import { pruneRateLimitEvents, RATE_LIMIT_RETENTION_MS, SIGN_IN_FAILURES_PER_ACCOUNT, SIGN_UPS } from "@/lib/rate-limit";

const uniqueEmail = (prefix: string) => `${prefix}-${randomUUID()}@example.test`;
const PASSWORD = "correct horse battery";

describe("sign-up", () => {
  it("creates a company with the client as its owner", async () => {
    const email = uniqueEmail("client");
    const account = await signUp({ accountType: "CLIENT", name: "Dana Client", email, password: PASSWORD, companyName: "Dana Labs" });
    const membership = await db.companyMember.findFirstOrThrow({ where: { userId: account.id }, select: { role: true, company: { select: { name: true } } } });
    expect(account.role).toBe("CLIENT");
    expect(membership).toEqual({ role: "OWNER", company: { name: "Dana Labs" } });
  });

  it("creates an expert's application in APPLIED", async () => {
    const account = await signUp({ accountType: "EXPERT", name: "Eve Expert", email: uniqueEmail("expert"), password: PASSWORD });
    const profile = await db.expertProfile.findUniqueOrThrow({ where: { userId: account.id }, select: { vettingStatus: true } });
    expect(profile.vettingStatus).toBe("APPLIED");
  });

  it("stores an argon2id hash, never the password", async () => {
    const account = await signUp({ accountType: "EXPERT", name: "Hash Check", email: uniqueEmail("hash"), password: PASSWORD });
    const user = await db.user.findUniqueOrThrow({ where: { id: account.id }, omit: { passwordHash: false } });
    expect(user.passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(user.passwordHash).not.toContain(PASSWORD);
  });

  it("rejects a taken email with a 409 and writes nothing", async () => {
    const email = uniqueEmail("taken");
    await signUp({ accountType: "CLIENT", name: "First Owner", email, password: PASSWORD, companyName: "First Co" });
    const companyName = `Second Co ${email}`;
    await expect(
      signUp({ accountType: "CLIENT", name: "Second Owner", email: email.toUpperCase(), password: PASSWORD, companyName }),
    ).rejects.toMatchObject({ code: "CONFLICT", status: 409 });
    // Other files write to the same database at the same time: look for this attempt's rows only.
    expect(await db.company.count({ where: { name: companyName } })).toBe(0);
  });

  it("rejects bad input with field errors and writes nothing", async () => {
    await expect(
      signUp({ accountType: "CLIENT", name: "X", email: "not-an-email", password: "short", companyName: "" }),
    ).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      fields: { name: expect.any(Array), email: expect.any(Array), password: expect.any(Array), companyName: expect.any(Array) },
    });
    // Other files write to the same database at the same time: look for this attempt's row only.
    expect(await db.user.count({ where: { email: "not-an-email" } })).toBe(0);
  });
});

describe("sign-in", () => {
  it("accepts the right password, case-insensitively for the email", async () => {
    const email = uniqueEmail("signin");
    const account = await signUp({ accountType: "EXPERT", name: "Sign In", email, password: PASSWORD });
    const user = await authenticate({ email: email.toUpperCase(), password: PASSWORD }, "10.0.0.1");
    expect(user).toMatchObject({ id: account.id, role: "EXPERT" });
  });

  it("rejects a wrong password without saying which part was wrong", async () => {
    const email = uniqueEmail("wrong");
    await signUp({ accountType: "EXPERT", name: "Wrong Pass", email, password: PASSWORD });
    await expect(authenticate({ email, password: "not the password" }, "10.0.0.2")).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
      message: expect.stringContaining("do not match"),
    });
  });

  it("locks out an email+IP after 10 failures in 15 minutes, but not another IP", async () => {
    const email = uniqueEmail("limit");
    await signUp({ accountType: "EXPERT", name: "Rate Limited", email, password: PASSWORD });
    for (let attempt = 0; attempt < 10; attempt++) {
      await expect(authenticate({ email, password: "wrong password" }, "10.0.0.3")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    }
    await expect(authenticate({ email, password: PASSWORD }, "10.0.0.3")).rejects.toMatchObject({
      code: "RATE_LIMITED",
      status: 429,
      retryAfterSeconds: expect.any(Number),
    });
    await expect(authenticate({ email, password: PASSWORD }, "10.0.0.4")).resolves.toMatchObject({ email });
  });

  it("locks out an account after 50 failures from any mix of addresses, even for the right password", async () => {
    const email = uniqueEmail("spread");
    await signUp({ accountType: "EXPERT", name: "Spread Guess", email, password: PASSWORD });
    for (let attempt = 0; attempt < 50; attempt++) {
      // Five tries from each of ten addresses: no single address reaches its own limit of 10.
      await expect(authenticate({ email, password: "wrong password" }, `198.51.100.${attempt % 10}`)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    }
    await expect(authenticate({ email, password: PASSWORD }, "198.51.100.99")).rejects.toMatchObject({ code: "RATE_LIMITED", status: 429 });
    await expect(authenticate({ email: uniqueEmail("neighbour"), password: PASSWORD }, "198.51.100.99")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("refuses a suspended user even with the right password", async () => {
    const email = uniqueEmail("suspended");
    const account = await signUp({ accountType: "CLIENT", name: "Sus Pended", email, password: PASSWORD, companyName: "Gone Co" });
    await db.user.update({ where: { id: account.id }, data: { suspendedAt: new Date(), suspensionReason: "test" } });
    await expect(authenticate({ email, password: PASSWORD }, "10.0.0.5")).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("suspended"),
    });
  });
});

describe("rate-limit events", () => {
  it("are pruned once no window can see them, and recent ones stay", async () => {
    const key = `prune-${randomUUID()}`;
    const now = new Date();
    await db.rateLimitEvent.createMany({
      data: [
        { bucket: SIGN_UPS.bucket, key, createdAt: new Date(now.getTime() - RATE_LIMIT_RETENTION_MS - 60_000) },
        { bucket: SIGN_UPS.bucket, key, createdAt: new Date(now.getTime() - SIGN_UPS.windowMs / 2) },
      ],
    });
    expect(await pruneRateLimitEvents(now)).toBeGreaterThanOrEqual(1);
    expect(await db.rateLimitEvent.count({ where: { key } })).toBe(1);
    expect(RATE_LIMIT_RETENTION_MS).toBeGreaterThan(Math.max(SIGN_UPS.windowMs, SIGN_IN_FAILURES_PER_ACCOUNT.windowMs, CHAT_MESSAGES.windowMs));
  });
});

describe("sign-up rate limit", () => {
  it("allows 20 sign-ups an hour from one IP, then answers 429 without writing", async () => {
    const ip = `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
    for (let index = 0; index < 20; index++) {
      await signUp({ accountType: "EXPERT", name: "Bulk Signup", email: uniqueEmail("bulk"), password: PASSWORD }, { ip });
    }
    const email = uniqueEmail("bulk-refused");
    await expect(
      signUp({ accountType: "EXPERT", name: "Bulk Signup", email, password: PASSWORD }, { ip }),
    ).rejects.toMatchObject({ code: "RATE_LIMITED", status: 429 });
    expect(await db.user.count({ where: { email } })).toBe(0);
    await expect(
      signUp({ accountType: "EXPERT", name: "Other Network", email, password: PASSWORD }, { ip: `${ip}-other` }),
    ).resolves.toMatchObject({ email });
  });
});
