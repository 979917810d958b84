import type { Account, Payout } from "../objects";
import { html, joinHtml, renderDocument } from "./html";

// What a login link opens: a stand-in for the Express dashboard, showing the account and its payouts.
export function renderExpressDashboardPage({ account, payouts }: { account: Account; payouts: Payout[] }): string {
  const title = `Stripe stand-in — Express dashboard for ${account.email ?? account.id}`;
  const schedule = account.settings?.payouts.schedule;
  const rows = payouts.map(
    (payout) =>
      html`<li>${(payout.amount / 100).toFixed(2)} ${payout.currency.toUpperCase()}, ${payout.status}, arrives ${new Date(payout.arrival_date * 1000).toISOString().slice(0, 10)}</li>`,
  );
  return renderDocument(
    title,
    html`<h1>${title}</h1>
<p>Country ${account.country}, payouts in ${account.default_currency.toUpperCase()}${schedule ? html`, ${schedule.interval} (${String(schedule.delay_days)} days)` : ""}.</p>
<h2>Payouts</h2>
${rows.length ? html`<ul>${joinHtml(rows)}</ul>` : html`<p>No payouts yet.</p>`}`,
  );
}
