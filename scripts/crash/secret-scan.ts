import { randomUUID } from "node:crypto";
import { escapeRegExp, secretPatterns as sharedPatterns } from "../../tests/support/secret-patterns";
import { apiClient } from "./api-client";
import { EXPERT_PASSWORD } from "./matching-crashes";

// No secret in any log line of the app or the worker, nor in any API answer: searched over everything
// a crash run produced — sign-ups, sign-ins, wrong passwords up to the limit, webhooks (one forged),
// a dropped Stripe call, crashes — for hashes, keys, the auth secret, passwords and session tokens.

export { findSecrets } from "../../tests/support/secret-patterns";

export const secretPatterns = (authSecret: string) =>
  sharedPatterns({ authSecret, passwords: new RegExp(`${escapeRegExp(EXPERT_PASSWORD)}|crash-[0-9a-f-]{36}|wrong password \\d`) });

/** Failed sign-ins up to the limit, a forged webhook, a signed-out call and a malformed body: the error paths' log lines. */
export async function exerciseErrorPaths(appUrl: string, onAnswer: (path: string, text: string) => void) {
  const problems: string[] = [];
  const visitor = apiClient({ baseUrl: appUrl, onAnswer });
  const email = `crash-limited-${randomUUID()}@example.test`;
  const password = `crash-${randomUUID()}`;
  const created = await visitor.call("POST", "/api/v1/accounts", { json: { accountType: "EXPERT", name: "Limited Expert", email, password } });
  if (created.status !== 201) problems.push(`sign-up answered ${created.status}`);
  for (let attempt = 1; attempt <= 10; attempt++) await visitor.signIn(email, `wrong password ${attempt}`);
  const limited = await visitor.signIn(email, password);
  const error = new URL((limited.body as { url?: string } | null)?.url ?? "http://x").searchParams.get("error") ?? "";
  if (!/Too many failed sign-in attempts/.test(error)) problems.push(`the 11th sign-in was not refused by the limit: ${limited.status} ${error}`);
  const forged = await visitor.call("POST", "/api/webhooks/stripe", {
    json: { id: "evt_forged", type: "charge.dispute.created" },
    headers: { "stripe-signature": `t=${Math.floor(Date.now() / 1000)},v1=${"0".repeat(64)}` },
  });
  if (forged.status !== 400) problems.push(`a forged webhook answered ${forged.status}`);
  const signedOut = await apiClient({ baseUrl: appUrl, onAnswer }).call("GET", "/api/v1/me");
  if (signedOut.status !== 401) problems.push(`a signed-out call answered ${signedOut.status}`);
  return problems;
}
