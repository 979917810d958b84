import { formatAmount } from "../money";
import type { StoredCheckoutSession } from "../state";
import { html, joinHtml, renderDocument } from "./html";

export const CARD_NUMBER_FIELD = "card_number";

export function renderCheckoutPage(options: { stored: StoredCheckoutSession; error?: string; cardNumber?: string }): string {
  const { stored, error, cardNumber } = options;
  const { session, line_items } = stored;
  const total = formatAmount(session.amount_total, session.currency);
  const items = line_items.map(
    (item) =>
      html`<li>${item.name}${item.quantity > 1 ? ` × ${item.quantity}` : ""} — ${formatAmount(item.unit_amount * item.quantity, session.currency)}</li>`,
  );
  const alert = error ? html`<p role="alert" class="error" id="card-error">${error}</p>` : null;
  const describedBy = error ? "card-hint card-error" : "card-hint";
  const cancel = session.cancel_url ? html`<a href="${session.cancel_url}">Cancel</a>` : null;
  return renderDocument(
    `Pay ${total} — Stripe stand-in`,
    html`<h1>Stripe stand-in — Checkout</h1>
<section aria-labelledby="order-heading">
<h2 id="order-heading">Order summary</h2>
<ul>${joinHtml(items)}</ul>
<p>Total due: <strong>${total}</strong></p>
</section>
<form method="post">
${alert}
<label for="card-number">Card number</label>
<input id="card-number" name="${CARD_NUMBER_FIELD}" type="text" inputmode="numeric" autocomplete="cc-number" required
  value="${cardNumber ?? ""}" aria-describedby="${describedBy}" aria-invalid="${error ? "true" : "false"}">
<p id="card-hint" class="hint">Test cards: 4242 4242 4242 4242 succeeds; 4000 0000 0000 0002 is declined.</p>
<button type="submit">Pay ${total}</button>
</form>
${cancel}`,
  );
}
