import { type NextRequest, NextResponse } from "next/server";
import { getToken } from "next-auth/jwt";
import { requestIdFrom } from "@/lib/api/request-id";
import { isRoleSection, pageAccess } from "@/lib/auth/route-access";
import { env } from "@/lib/env";
import { secureCookies } from "@/lib/sessions/cookies";
import { sessionJwt } from "@/lib/sessions/session-token";

// Tags every request with an x-request-id and turns away signed-out or wrong-role visitors of
// role sections before rendering. The pages and lib functions check again; this is the fast path.
export async function proxy(request: NextRequest) {
  const requestId = requestIdFrom(request.headers);
  if (!isDecodablePath(request.nextUrl.pathname)) {
    // Next would fail decoding the route's parameters with a bare 500; answer what it is: a bad address.
    const body = { error: { code: "BAD_REQUEST", message: "The address contains an invalid percent-encoding." } };
    return NextResponse.json(body, { status: 400, headers: { "x-request-id": requestId } });
  }
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);

  const { pathname } = request.nextUrl;
  // Elsewhere (the API, public pages) the route itself decides, and decrypting the cookie twice costs.
  const token = isRoleSection(pathname)
    ? await getToken({ req: request, secret: env().NEXTAUTH_SECRET, secureCookie: secureCookies(), decode: sessionJwt.decode })
    : null;
  const access = pageAccess(pathname, token?.role ?? null);

  let response: NextResponse;
  if (access === "sign-in") {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
    response = NextResponse.redirect(signIn);
  } else if (access === "forbidden") {
    response = NextResponse.rewrite(new URL("/forbidden", request.url), { status: 403, request: { headers } });
  } else {
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("x-request-id", requestId);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|fonts/).*)"],
};

function isDecodablePath(pathname: string) {
  try {
    return !decodeURIComponent(pathname).includes("\u0000");
  } catch {
    return false;
  }
}
