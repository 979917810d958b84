// The Stripe object shapes the stand-in serves: the fields the app reads plus
// enough of the rest that the SDK's types describe them truthfully.
export type Metadata = Record<string, string>;

type StripeObject<Name extends string> = { id: string; object: Name; created: number; livemode: false };

export type ListObject<Item> = { object: "list"; data: Item[]; has_more: boolean; url: string };

export type AccountRequirements = {
  currently_due: string[];
  eventually_due: string[];
  past_due: string[];
  pending_verification: string[];
  errors: [];
  current_deadline: number | null;
  disabled_reason: string | null;
};

export type Account = StripeObject<"account"> & {
  type: "express" | "standard" | "custom";
  email: string | null;
  country: string;
  default_currency: string;
  business_type: string | null;
  business_profile: Record<string, string>;
  capabilities: Record<string, "active" | "inactive">;
  charges_enabled: boolean;
  payouts_enabled: boolean;
  details_submitted: boolean;
  requirements: AccountRequirements;
  tos_acceptance: { service_agreement: "full" | "recipient" };
  settings: { payouts: { schedule: PayoutSchedule } };
  metadata: Metadata;
};

export type PayoutSchedule = { interval: "manual" | "daily" | "weekly" | "monthly"; delay_days: number };

export type LoginLink = { object: "login_link"; created: number; url: string };

export type Payout = StripeObject<"payout"> & {
  amount: number;
  currency: string;
  arrival_date: number;
  automatic: boolean;
  balance_transaction: string;
  description: string | null;
  destination: string;
  method: "standard";
  source_type: "card";
  statement_descriptor: string | null;
  status: "pending" | "in_transit" | "paid";
  type: "bank_account";
  metadata: Metadata;
};

export type AccountLink = { object: "account_link"; created: number; expires_at: number; url: string };

export type CheckoutSession = StripeObject<"checkout.session"> & {
  mode: "payment" | "setup";
  status: "open" | "complete" | "expired";
  payment_status: "unpaid" | "paid" | "no_payment_required";
  amount_subtotal: number | null;
  amount_total: number | null;
  currency: string | null;
  url: string | null;
  customer: string | null;
  payment_intent: string | null;
  setup_intent: string | null;
  client_reference_id: string | null;
  customer_email: string | null;
  customer_details: { email: string | null } | null;
  success_url: string;
  cancel_url: string | null;
  expires_at: number;
  payment_method_types: string[];
  metadata: Metadata;
};

export type PaymentError = { type: "card_error"; code: string; decline_code: string; message: string; payment_method?: PaymentMethod };

export type CardDetails = { brand: "visa"; last4: string; exp_month: number; exp_year: number; funding: "credit"; country: "US" };

export type Customer = StripeObject<"customer"> & {
  email: string | null;
  name: string | null;
  description: string | null;
  invoice_settings: { default_payment_method: string | null; custom_fields: null; footer: null; rendering_options: null };
  metadata: Metadata;
};

export type PaymentMethod = StripeObject<"payment_method"> & {
  type: "card";
  card: CardDetails;
  customer: string | null;
  billing_details: { address: null; email: null; name: null; phone: null };
  metadata: Metadata;
};

export type SetupIntent = StripeObject<"setup_intent"> & {
  status: "requires_payment_method" | "succeeded" | "canceled";
  usage: "off_session" | "on_session";
  customer: string | null;
  payment_method: string | null;
  payment_method_types: string[];
  client_secret: string;
  description: string | null;
  last_setup_error: PaymentError | null;
  metadata: Metadata;
};

export type PaymentIntent = StripeObject<"payment_intent"> & {
  amount: number;
  amount_received: number;
  currency: string;
  status: "requires_payment_method" | "succeeded";
  description: string | null;
  transfer_group: string | null;
  customer: string | null;
  payment_method: string | null;
  latest_charge: string | null;
  last_payment_error: PaymentError | null;
  payment_method_types: string[];
  receipt_email: string | null;
  metadata: Metadata;
};

export type Charge = StripeObject<"charge"> & {
  amount: number;
  amount_captured: number;
  amount_refunded: number;
  balance_transaction: string;
  captured: true;
  paid: true;
  status: "succeeded";
  refunded: boolean;
  disputed: boolean;
  currency: string;
  description: string | null;
  failure_code: null;
  failure_message: null;
  payment_intent: string;
  customer: string | null;
  payment_method: string | null;
  payment_method_details: { type: "card"; card: Pick<CardDetails, "brand" | "last4" | "exp_month" | "exp_year"> };
  receipt_email: string | null;
  transfer_group: string | null;
  metadata: Metadata;
};

export type TransferReversal = StripeObject<"transfer_reversal"> & {
  amount: number;
  balance_transaction: string;
  currency: string;
  destination_payment_refund: null;
  source_refund: null;
  transfer: string;
  metadata: Metadata;
};

export type Transfer = StripeObject<"transfer"> & {
  amount: number;
  amount_reversed: number;
  balance_transaction: string;
  currency: string;
  description: string | null;
  destination: string;
  destination_payment: string;
  reversals: ListObject<TransferReversal>;
  reversed: boolean;
  source_transaction: string | null;
  source_type: "card";
  transfer_group: string | null;
  metadata: Metadata;
};

export type Refund = StripeObject<"refund"> & {
  amount: number;
  balance_transaction: string;
  charge: string;
  currency: string;
  payment_intent: string;
  reason: "duplicate" | "fraudulent" | "requested_by_customer" | null;
  status: "succeeded";
  metadata: Metadata;
};

export type Dispute = StripeObject<"dispute"> & {
  amount: number;
  charge: string;
  payment_intent: string;
  currency: string;
  reason: string;
  status: "needs_response";
  is_charge_refundable: boolean;
  metadata: Metadata;
};

export type EventObject = Account | CheckoutSession | PaymentIntent | Charge | Transfer | Refund | Dispute | Customer | PaymentMethod | SetupIntent | Topup;

export type EventRequest = { id: string | null; idempotency_key: string | null };

export type StripeEvent = StripeObject<"event"> & {
  api_version: string;
  type: string;
  data: { object: EventObject; previous_attributes?: Record<string, unknown> };
  pending_webhooks: number;
  request: EventRequest;
};

export type Topup = StripeObject<"topup"> & {
  amount: number;
  currency: string;
  description: string | null;
  statement_descriptor: string | null;
  status: "succeeded";
  balance_transaction: string;
  metadata: Metadata;
};
