import { decode, encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { sessionJwt, sessionSubject, sessionUserId } from "@/lib/sessions/session-token";

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

  it("says how the session signed in; tokens from before that was recorded count as password sign-ins", async () => {
    const withProvider = await sessionJwt.encode({ token: { sub: "user_5", role: "CLIENT", signInMethod: "oidc" }, secret: SECRET, maxAge: 60 });
    expect(await sessionSubject(withProvider, SECRET)).toEqual({ userId: "user_5", signInMethod: "oidc" });
    const older = await encode({ token: { sub: "user_6", role: "CLIENT" }, secret: SECRET });
    expect(await sessionSubject(older, SECRET)).toEqual({ userId: "user_6", signInMethod: "password" });
  });
});
