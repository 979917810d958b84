import { cookies } from "next/headers";
import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import type { AppError } from "@/lib/errors";
import { secureCookies } from "@/lib/sessions/cookies";
import { DEFAULT_AFTER_SIGN_IN, safeCallbackPath } from "./callback-url";
import { authOptions } from "./options";

type NextAuthRouteContext = { params: Promise<{ nextauth: string[] }> };

/**
 * /api/auth/*: next-auth, except that what it would answer with a 500 (a callbackUrl or ?error= it
 * cannot handle, a GET to the credentials callback) is cleaned up or refused first, and a sign-in
 * refused by the lockout answers 429 with Retry-After instead of 401.
 */
export async function handleNextAuthRequest(request: NextRequest, context: NextAuthRouteContext): Promise<Response> {
  const [action, providerId] = (await context.params).nextauth;
  if (request.method === "GET" && action === "callback" && providerId === "credentials") {
    return new Response(null, { status: 405, headers: { allow: "POST" } });
  }
  makeErrorHeaderSafe(request);
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

/** next-auth copies ?error= into its redirect's Location unencoded; a newline or a "€" there would be a 500. */
function makeErrorHeaderSafe(request: NextRequest) {
  const error = request.nextUrl.searchParams.getAll("error").at(-1); // the one next-auth reads
  if (error && /[^\x20-\x7e]/.test(error)) request.nextUrl.searchParams.set("error", encodeURIComponent(error));
}

function isParseableCallbackUrl(value: string) {
  if (safeCallbackPath(value)) return true;
  try {
    return ["http:", "https:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
