import type { Account } from "../objects";
import { html, renderDocument } from "./html";

export function renderOnboardingPage(options: { account: Account; linkToken: string; refreshUrl: string }): string {
  const { account, linkToken, refreshUrl } = options;
  const who = account.email ?? account.id;
  const title = `Stripe stand-in — Set up payouts for ${who}`;
  const status = account.details_submitted
    ? html`<p>Onboarding is already complete for this account.</p>`
    : html`<p>Completing onboarding marks every requirement as met: the account can then receive transfers and payouts.</p>`;
  return renderDocument(
    title,
    html`<h1>${title}</h1>
<p>This page stands in for Stripe Connect Express onboarding. Nothing is sent to Stripe.</p>
${status}
<form method="post">
<input type="hidden" name="link" value="${linkToken}">
<button type="submit">Complete onboarding</button>
</form>
<a href="${refreshUrl}">Return without finishing</a>`,
  );
}
