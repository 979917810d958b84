"use server";

import { cookies } from "next/headers";
import { requestEmailChange } from "@/lib/accounts/change-email";
import { changePassword, signOutOtherDevices } from "@/lib/accounts/change-password";
import { type FormResult, failedForm, parseForm } from "@/lib/accounts/form-result";
import { changeEmailSchema, changePasswordSchema } from "@/lib/accounts/schemas";
import { requireUser, type SessionUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { sessionCookieName } from "@/lib/sessions/cookies";
import { sessionCookieFor } from "@/lib/sessions/session-cookie";
import { sessionClaims } from "@/lib/sessions/session-token";

/** This device stays signed in under the new session version; every other one is signed out. */
async function keepThisDeviceSignedIn(user: SessionUser, sessionVersion: number) {
  const cookieStore = await cookies();
  const claims = await sessionClaims(cookieStore.get(sessionCookieName())?.value, env().NEXTAUTH_SECRET);
  const cookie = await sessionCookieFor({ ...user, sessionVersion, signInMethod: claims?.signInMethod ?? "password" });
  cookieStore.set(cookie.name, cookie.value, cookie.options);
}

export async function changePasswordAction(_previous: FormResult, input: unknown): Promise<FormResult> {
  const user = await requireUser(["CLIENT", "EXPERT", "ADMIN"]);
  const parsed = parseForm(changePasswordSchema, input);
  if ("result" in parsed) return parsed.result;
  try {
    const { sessionVersion } = await changePassword({ user, input: parsed.data });
    await keepThisDeviceSignedIn(user, sessionVersion);
    return { ok: true, message: "Your password was changed. Every other device was signed out.", fields: {} };
  } catch (error) {
    return failedForm(error, "password change");
  }
}

export async function changeEmailAction(_previous: FormResult, input: unknown): Promise<FormResult> {
  const user = await requireUser(["CLIENT", "EXPERT", "ADMIN"]);
  const parsed = parseForm(changeEmailSchema, input);
  if ("result" in parsed) return parsed.result;
  try {
    const { pendingEmail } = await requestEmailChange({ user, input: parsed.data });
    return {
      ok: true,
      message: `We sent a link to ${pendingEmail}. Your address changes once you open it (within 24 hours); until then, keep signing in with the current one.`,
      fields: {},
    };
  } catch (error) {
    return failedForm(error, "email change request", input);
  }
}

export async function signOutOtherDevicesAction(_previous: FormResult, _input: unknown): Promise<FormResult> {
  const user = await requireUser(["CLIENT", "EXPERT", "ADMIN"]);
  try {
    const { sessionVersion } = await signOutOtherDevices({ user });
    await keepThisDeviceSignedIn(user, sessionVersion);
    return { ok: true, message: "Every other device was signed out. This one stays signed in.", fields: {} };
  } catch (error) {
    return failedForm(error, "signing out other devices");
  }
}
