import { decode, encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { sessionClaims, sessionJwt, sessionUserId } from "@/lib/sessions/session-token";

const SECRET = "a session secret of at least thirty-two characters";

describe("session tokens", () => {
  it("reads next-auth's own tokens, and next-auth reads ours", async () => {
    const fromNextAuth = await encode({ token: { sub: "user_1", role: "CLIENT" }, secret: SECRET });
    expect(await sessionUserId(fromNextAuth, SECRET)).toBe("user_1");
    const ours = await sessionJwt.encode({ token: { sub: "user_2", role: "EXPERT" }, secret: SECRET, maxAge: 60 });
    expect(await decode({ token: ours, secret: SECRET })).toMatchObject({ sub: "user_2", role: "EXPERT" });
  });

  it("stands for nobody when missing, forged, made with another secret or expired", async () => {
    expect(await sessionUserId(undefined, SECRET)).toBeNull();
    expect(await sessionUserId("eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.forged.forged.forged.forged", SECRET)).toBeNull();
    const otherSecret = await encode({ token: { sub: "user_3", role: "CLIENT" }, secret: `${SECRET} but another` });
    expect(await sessionUserId(otherSecret, SECRET)).toBeNull();
    const expired = await encode({ token: { sub: "user_4", role: "CLIENT" }, secret: SECRET, maxAge: -60 });
    expect(await sessionUserId(expired, SECRET)).toBeNull();
    const noSubject = await encode({ token: { role: "ADMIN" } as Parameters<typeof encode>[0]["token"], secret: SECRET });
    expect(await sessionUserId(noSubject, SECRET)).toBeNull();
  });

  it("carries the session version it was issued under; a token from before versions counts as version 0", async () => {
    const versioned = await sessionJwt.encode({ token: { sub: "user_5", role: "CLIENT", sessionVersion: 3 }, secret: SECRET, maxAge: 60 });
    expect(await sessionClaims(versioned, SECRET)).toEqual({ userId: "user_5", sessionVersion: 3, signInMethod: "password" });
    const older = await encode({ token: { sub: "user_6", role: "CLIENT" }, secret: SECRET });
    expect(await sessionClaims(older, SECRET)).toEqual({ userId: "user_6", sessionVersion: 0, signInMethod: "password" });
    const odd = await sessionJwt.encode({ token: { sub: "user_7", role: "CLIENT", sessionVersion: 1.5 }, secret: SECRET, maxAge: 60 });
    expect(await sessionClaims(odd, SECRET)).toEqual({ userId: "user_7", sessionVersion: 0, signInMethod: "password" });
  });

  it("says how the session signed in; tokens from before that was recorded count as password sign-ins", async () => {
    const withProvider = await sessionJwt.encode({ token: { sub: "user_5", role: "CLIENT", signInMethod: "oidc" }, secret: SECRET, maxAge: 60 });
    expect(await sessionClaims(withProvider, SECRET)).toEqual({ userId: "user_5", signInMethod: "oidc", sessionVersion: 0 });
    const older = await encode({ token: { sub: "user_6", role: "CLIENT" }, secret: SECRET });
    expect(await sessionClaims(older, SECRET)).toEqual({ userId: "user_6", signInMethod: "password", sessionVersion: 0 });
  });
});
