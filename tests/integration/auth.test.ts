import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/sign-in";
import { signUp } from "@/lib/auth/sign-up";
import { CHAT_MESSAGES } from "@/lib/chat/post-message";
import { clientIp } from "@/lib/client-ip";
import { signInSchema, signUpSchema } from "@/lib/credentials/schemas";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  pruneRateLimitEvents,
  RATE_LIMIT_RETENTION_MS,
  SIGN_IN_FAILURES_PER_ACCOUNT,
  SIGN_IN_FAILURES_PER_ADDRESS,
  SIGN_IN_LOCKOUTS,
  SIGN_UPS,
} from "@/lib/rate-limit";

// Every new account is also sent the link that confirms its address; these tests are about the others.
const VERIFICATION_SUBJECT = "Confirm your email address for Vetted";

const uniqueEmail = (prefix: string) => `${prefix}-${randomUUID()}@example.test`;
const PASSWORD = "correct horse battery";

/** As if the account's sign-in events happened `milliseconds` earlier. */
async function moveSignInEventsBack(email: string, milliseconds: number) {
  await db.$executeRaw`UPDATE rate_limit_events SET "createdAt" = "createdAt" - ${milliseconds} * interval '1 millisecond' WHERE key = ${email} OR key LIKE ${`${email}|%`}`;
}

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
      // As the edge parses it: the email is normalized to lower case there.
      signUp(signUpSchema.parse({ accountType: "CLIENT", name: "Second Owner", email: email.toUpperCase(), password: PASSWORD, companyName })),
    ).rejects.toMatchObject({ code: "CONFLICT", status: 409 });
    // Other files write to the same database at the same time: look for this attempt's rows only.
    expect(await db.company.count({ where: { name: companyName } })).toBe(0);
  });

  it("refuses a password that is easy to guess with the reason on the password field, and writes nothing", async () => {
    const email = uniqueEmail("weak");
    for (const password of ["password123456", " ".repeat(10), email]) {
      await expect(signUp({ accountType: "EXPERT", name: "Weak Password", email, password })).rejects.toMatchObject({
        code: "VALIDATION_FAILED",
        fields: { password: [expect.stringMatching(/easy to guess|common password|your name, email address or company name/)] },
      });
    }
    await expect(signUp({ accountType: "CLIENT", name: "Dana Weak", email, password: "WeakLabs2026", companyName: "Weak Labs" })).rejects.toMatchObject({
      fields: { password: [expect.stringContaining("your name, email address or company name")] },
    });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("keeps a password exactly as typed, spaces around it included", async () => {
    const email = uniqueEmail("spaces");
    const password = `  ${PASSWORD}  `;
    await signUp({ accountType: "EXPERT", name: "Spaced Out", email, password });
    await expect(authenticate({ email, password: PASSWORD }, "10.0.0.9")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(authenticate({ email, password }, "10.0.0.9")).resolves.toMatchObject({ email });
  });
});

describe("sign-in", () => {
  it("accepts the right password, case-insensitively for the email", async () => {
    const email = uniqueEmail("signin");
    const account = await signUp({ accountType: "EXPERT", name: "Sign In", email, password: PASSWORD });
    const user = await authenticate(signInSchema.parse({ email: email.toUpperCase(), password: PASSWORD }), "10.0.0.1");
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

  it("refuses the right password with 429 after 20 wrong ones, each from a different X-Forwarded-For address", async () => {
    const email = uniqueEmail("rotating");
    await signUp({ accountType: "EXPERT", name: "Rotating Guess", email, password: PASSWORD });
    // The worst case: every forged header believed as the caller's address (no proxy, N = 0).
    const addressFrom = (forged: string) => clientIp(new Headers({ "x-forwarded-for": forged }), 0);
    for (let attempt = 1; attempt <= 20; attempt++) {
      await expect(authenticate({ email, password: `wrong password ${attempt}` }, addressFrom(`198.51.100.${attempt}`))).rejects.toMatchObject({
        code: attempt <= 10 ? "UNAUTHENTICATED" : "RATE_LIMITED",
      });
    }
    const refusal = await authenticate({ email, password: PASSWORD }, addressFrom("198.51.100.21")).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ code: "RATE_LIMITED", status: 429, message: "Too many failed sign-in attempts. Try again in 15 minutes." });
    expect((refusal as AppError).retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect((refusal as AppError).retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
  });

  it("locks the account from every address after 10 failures from one, and tells the owner once", async () => {
    const email = uniqueEmail("locked");
    const account = await signUp({ accountType: "EXPERT", name: "Locked Out", email, password: PASSWORD });
    for (let attempt = 0; attempt < 10; attempt++) {
      await expect(authenticate({ email, password: "wrong password" }, "10.0.0.3")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    }
    for (const address of ["10.0.0.3", "10.0.0.4", "192.0.2.77"]) {
      await expect(authenticate({ email, password: PASSWORD }, address)).rejects.toMatchObject({ code: "RATE_LIMITED", status: 429 });
    }
    const emails = await db.emailOutbox.findMany({ where: { toEmail: email, subject: { not: VERIFICATION_SUBJECT } }, select: { subject: true, text: true } });
    expect(emails).toEqual([
      { subject: "Sign-in to your Vetted account is paused for 15 minutes", text: expect.stringContaining("even with the right password") },
    ]);
    expect(await db.notification.count({ where: { userId: account.id, kind: "account.sign-in-locked" } })).toBe(1);
  });

  it("lets the owner in once the lockout is over, and mails again for the next lockout", async () => {
    const email = uniqueEmail("unlocked");
    await signUp({ accountType: "EXPERT", name: "Un Locked", email, password: PASSWORD });
    const failTenTimes = async () => {
      for (let attempt = 0; attempt < 10; attempt++) {
        await expect(authenticate({ email, password: "wrong password" }, `203.0.113.${attempt}`)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
      }
    };
    await failTenTimes();
    await expect(authenticate({ email, password: PASSWORD }, "203.0.113.50")).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await moveSignInEventsBack(email, SIGN_IN_LOCKOUTS.windowMs + 1000);
    await expect(authenticate({ email, password: PASSWORD }, "203.0.113.50")).resolves.toMatchObject({ email });
    await failTenTimes();
    await expect(authenticate({ email, password: PASSWORD }, "203.0.113.50")).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await db.emailOutbox.count({ where: { toEmail: email, subject: { not: VERIFICATION_SUBJECT } } })).toBe(2);
  });

  it("starts one lockout, with one email, when failures at the limit arrive together", async () => {
    const email = uniqueEmail("concurrent");
    await signUp({ accountType: "EXPERT", name: "Many At Once", email, password: PASSWORD });
    const attempts = Array.from({ length: 14 }, (_, attempt) =>
      authenticate({ email, password: "wrong password" }, `198.51.100.${100 + attempt}`).catch((error: unknown) => error),
    );
    const outcomes = await Promise.all(attempts);
    expect(outcomes.every((outcome) => outcome instanceof AppError && ["UNAUTHENTICATED", "RATE_LIMITED"].includes(outcome.code))).toBe(true);
    await expect(authenticate({ email, password: PASSWORD }, "198.51.100.200")).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await db.rateLimitEvent.count({ where: { bucket: SIGN_IN_LOCKOUTS.bucket, key: email } })).toBe(1);
    expect(await db.emailOutbox.count({ where: { toEmail: email, subject: { not: VERIFICATION_SUBJECT } } })).toBe(1);
  });

  it("locks an email that has no account the same way, without saying so", async () => {
    const email = uniqueEmail("nobody");
    for (let attempt = 0; attempt < 10; attempt++) {
      await expect(authenticate({ email, password: PASSWORD }, `192.0.2.${attempt}`)).rejects.toMatchObject({
        code: "UNAUTHENTICATED",
        message: expect.stringContaining("do not match"),
      });
    }
    await expect(authenticate({ email, password: PASSWORD }, "192.0.2.99")).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: "Too many failed sign-in attempts. Try again in 15 minutes.",
    });
    expect(await db.emailOutbox.count({ where: { toEmail: email, subject: { not: VERIFICATION_SUBJECT } } })).toBe(0);
  });

  it("refuses every sign-in from an address after 100 failures over any accounts, and only from it", async () => {
    const address = `stuffing-${randomUUID()}`;
    const email = uniqueEmail("stuffed");
    await signUp({ accountType: "EXPERT", name: "Stuffing Target", email, password: PASSWORD });
    // 99 earlier failures from this address, then the 100th through authenticate() for one more account.
    await db.rateLimitEvent.createMany({ data: Array.from({ length: 99 }, () => ({ bucket: SIGN_IN_FAILURES_PER_ADDRESS.bucket, key: address })) });
    await expect(authenticate({ email: uniqueEmail("stuffing"), password: "guess" }, address)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(authenticate({ email, password: PASSWORD }, address)).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringContaining("from your network"),
    });
    await expect(authenticate({ email, password: PASSWORD }, `${address}-elsewhere`)).resolves.toMatchObject({ email });
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
    await expect(signUp({ accountType: "EXPERT", name: "Bulk Signup", email, password: PASSWORD }, { ip })).rejects.toMatchObject({
      code: "RATE_LIMITED",
      status: 429,
    });
    expect(await db.user.count({ where: { email } })).toBe(0);
    await expect(signUp({ accountType: "EXPERT", name: "Other Network", email, password: PASSWORD }, { ip: `${ip}-other` })).resolves.toMatchObject({ email });
  });
});
