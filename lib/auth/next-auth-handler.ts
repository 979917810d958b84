import NextAuth from "next-auth";
import { cookies } from "next/headers";
import type { NextRequest } from "next/server";
import type { AppError } from "@/lib/errors";
import { DEFAULT_AFTER_SIGN_IN, safeCallbackPath } from "./callback-url";
import { secureCookies } from "./cookies";
import { authOptions } from "./options";

type NextAuthRouteContext = { params: Promise<{ nextauth: string[] }> };

/**
 * /api/auth/*: next-auth, except that a callbackUrl it cannot parse is dropped before it sees it, and a
 * sign-in refused by the lockout answers 429 with Retry-After instead of next-auth's 401.
 */
export async function handleNextAuthRequest(request: NextRequest, context: NextAuthRouteContext): Promise<Response> {
  await dropUnparseableCallbackUrls(request);
  const refusal: { rateLimited?: AppError } = {};
  const onSignInRefused = (error: AppError) => {
    if (error.code === "RATE_LIMITED") refusal.rateLimited = error;
  };
  const response: Response = await NextAuth(request, context, authOptions({ onSignInRefused }));
  // Only the JSON answer (json=true, as next-auth's signIn() asks) changes; a form post keeps its redirect.
  if (!refusal.rateLimited || response.status !== 401) return response;
  const headers = new Headers(response.headers);
  headers.set("retry-after", String(refusal.rateLimited.retryAfterSeconds ?? 60));
  return new Response(response.body, { status: 429, headers });
}

/**
 * next-auth checks the query's and the cookie's callbackUrl before its redirect callback runs, and
 * answers 500 to one that is not a path or an http(s) URL ("http://[", "javascript:…"). Those go here;
 * the redirect callback (./options.ts) still decides where a parseable one leads.
 */
async function dropUnparseableCallbackUrls(request: NextRequest) {
  const query = request.nextUrl.searchParams;
  if (!query.getAll("callbackUrl").every(isParseableCallbackUrl)) query.set("callbackUrl", DEFAULT_AFTER_SIGN_IN);
  const cookieStore = await cookies();
  const cookieName = `${secureCookies() ? "__Secure-" : ""}next-auth.callback-url`;
  const fromCookie = cookieStore.get(cookieName)?.value;
  if (fromCookie && !isParseableCallbackUrl(fromCookie)) {
    cookieStore.delete({ name: cookieName, path: "/", secure: secureCookies(), httpOnly: true, sameSite: "lax" });
  }
}

function isParseableCallbackUrl(value: string) {
  if (safeCallbackPath(value)) return true;
  try {
    return ["http:", "https:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
