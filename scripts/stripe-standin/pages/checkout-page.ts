import { formatAmount } from "../money";
import type { StoredCheckoutSession } from "../state";
import { html, joinHtml, renderDocument, type SafeHtml } from "./html";

export const CARD_NUMBER_FIELD = "card_number";
export const CARD_EXPIRY_FIELD = "card_expiry";

type PageOptions = { stored: StoredCheckoutSession; error?: string; cardNumber?: string; cardExpiry?: string };

export function renderCheckoutPage(options: PageOptions): string {
  return options.stored.session.mode === "setup" ? renderSetupPage(options) : renderPaymentPage(options);
}

function renderPaymentPage({ stored, error, cardNumber }: PageOptions): string {
  const { session, line_items } = stored;
  const currency = session.currency ?? "usd";
  const total = formatAmount(session.amount_total ?? 0, currency);
  const items = line_items.map(
    (item) => html`<li>${item.name}${item.quantity > 1 ? ` × ${item.quantity}` : ""} — ${formatAmount(item.unit_amount * item.quantity, currency)}</li>`,
  );
  return renderDocument(
    `Pay ${total} — Stripe stand-in`,
    html`<h1>Stripe stand-in — Checkout</h1>
<section aria-labelledby="order-heading">
<h2 id="order-heading">Order summary</h2>
<ul>${joinHtml(items)}</ul>
<p>Total due: <strong>${total}</strong></p>
</section>
<form method="post">
${errorAlert(error)}
${cardNumberField(error, cardNumber)}
<p id="card-hint" class="hint">Test cards: 4242 4242 4242 4242 succeeds; 4000 0000 0000 0002 is declined.</p>
<button type="submit">Pay ${total}</button>
</form>
${cancelLink(stored)}`,
  );
}

// Checkout in setup mode: nothing is charged, the card is saved for later payments.
function renderSetupPage({ stored, error, cardNumber, cardExpiry }: PageOptions): string {
  return renderDocument(
    "Save a card — Stripe stand-in",
    html`<h1>Stripe stand-in — Save a card</h1>
<p>Nothing is charged now. The card is saved for later payments, which may be made while you are away.</p>
<form method="post">
${errorAlert(error)}
${cardNumberField(error, cardNumber)}
<p id="card-hint" class="hint">Test cards: 4242 4242 4242 4242 succeeds; 4000 0000 0000 0341 is saved but every charge to it is declined; 4000 0000 0000 0002 is declined.</p>
<label for="card-expiry">Expiry date (MM/YY)</label>
<input id="card-expiry" name="${CARD_EXPIRY_FIELD}" type="text" inputmode="numeric" autocomplete="cc-exp" required placeholder="MM/YY"
  value="${cardExpiry ?? ""}" aria-invalid="${error ? "true" : "false"}">
<button type="submit">Save card</button>
</form>
${cancelLink(stored)}`,
  );
}

function errorAlert(error: string | undefined): SafeHtml | null {
  return error ? html`<p role="alert" class="error" id="card-error">${error}</p>` : null;
}

function cardNumberField(error: string | undefined, cardNumber: string | undefined): SafeHtml {
  const describedBy = error ? "card-hint card-error" : "card-hint";
  return html`<label for="card-number">Card number</label>
<input id="card-number" name="${CARD_NUMBER_FIELD}" type="text" inputmode="numeric" autocomplete="cc-number" required
  value="${cardNumber ?? ""}" aria-describedby="${describedBy}" aria-invalid="${error ? "true" : "false"}">`;
}

function cancelLink({ session }: StoredCheckoutSession): SafeHtml | null {
  return session.cancel_url ? html`<a href="${session.cancel_url}">Cancel</a>` : null;
}
