import { defineOperation } from "@/lib/api/operation";
import { AppError } from "@/lib/errors";
import { PREFERENCE_WORDS } from "./preference-kinds";
import { unsubscribedSchema, unsubscribeQuerySchema } from "./preference-schemas";
import { turnOffEmail } from "./preferences";
import { verifyUnsubscribeToken } from "./unsubscribe-token";

export const INVALID_UNSUBSCRIBE_LINK =
  "This unsubscribe link is not valid: it may have been cut short or changed. Sign in and choose your emails in Settings → Notifications.";

const ONE_CLICK_BODY = "List-Unsubscribe=One-Click";

export const unsubscribeOperation = defineOperation({
  method: "POST",
  path: "/api/v1/unsubscribe",
  summary: "One-click unsubscribe (RFC 8058) from one kind of email, with the signed token from the email's link; no sign-in",
  tag: "Notifications",
  access: "public",
  input: {
    query: unsubscribeQuerySchema,
    // Mail clients send "List-Unsubscribe=One-Click" form-encoded; the token in the address is what counts.
    rawBody: { contentType: "application/x-www-form-urlencoded", description: "List-Unsubscribe=One-Click, or nothing." },
  },
  output: { status: 200, description: "That kind of email is off.", schema: unsubscribedSchema },
  errors: [400],
  handler: async ({ query, request }) => {
    const body = (await request.text()).trim();
    if (body !== "" && body !== ONE_CLICK_BODY) throw new AppError("BAD_REQUEST", `Send no body, or "${ONE_CLICK_BODY}" as RFC 8058 says.`);
    const named = query.token ? verifyUnsubscribeToken(query.token) : null;
    if (!named) throw new AppError("BAD_REQUEST", INVALID_UNSUBSCRIBE_LINK);
    await turnOffEmail(named.userId, named.kind);
    return { kind: named.kind, label: PREFERENCE_WORDS[named.kind].label, isEmailEnabled: false as const };
  },
});
