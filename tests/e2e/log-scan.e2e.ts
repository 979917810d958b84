import { readFileSync } from "node:fs";
import { DEMO_PASSWORD } from "../../lib/auth/demo-accounts";
import { escapeRegExp, findSecrets, secretPatterns } from "../support/secret-patterns";
import { expect, test } from "./fixtures";

// Runs last (its own project, after malformed-input): every line the two app instances and the worker
// logged during the whole e2e run — sign-ups, sign-ins right and wrong, rate limits, payments,
// webhooks, 15,000 malformed requests — searched for hashes, keys, the auth secret, the passwords the
// tests typed and session tokens.

const port = process.env.E2E_PORT;

test("no secret, password or session token in any log line of the whole run", () => {
  const lines = readFileSync(`.data/e2e-logs-${port}.log`, "utf8").split("\n").filter(Boolean);
  // A scan of an empty or quiet log proves nothing: the run must have logged its requests.
  expect(lines.length).toBeGreaterThan(1_000);
  expect(lines.filter((line) => line.includes('"msg":"api request"')).length).toBeGreaterThan(1_000);
  const patterns = secretPatterns({
    authSecret: readFileSync(`.data/e2e-auth-secret-${port}`, "utf8"),
    oidcClientSecret: readFileSync(`.data/e2e-oidc-secret-${port}`, "utf8"),
    passwords: new RegExp(
      `${escapeRegExp(DEMO_PASSWORD)}|a long enough password|a sturdy password 123|password123456|not the password|definitely not it|quiet lantern orbit meadow|pw-[0-9a-f-]{36}`,
    ),
  });
  expect(findSecrets([{ name: "the e2e log", texts: lines }], patterns)).toEqual([]);
});
