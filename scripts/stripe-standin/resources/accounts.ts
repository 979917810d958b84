import { z } from "zod";
import type { ApiCall, ApiRoute } from "../api-call";
import { createId, nowSeconds } from "../ids";
import { paginate } from "../list";
import type { Account, AccountLink, AccountRequirements, LoginLink } from "../objects";
import { booleanParam, emailParam, integerParam, listParamShape, metadataParam, parseParams, stringParam, urlParam } from "../params";
import type { Standin } from "../standin";
import { findOrThrow, newestFirst, type State, type StoredAccountLink } from "../state";
import { invalidRequest } from "../stripe-error";
import { checkCrossBorderTerms, defaultCurrencyOf } from "./account-countries";

const ACCOUNT_LINK_LIFETIME_SECONDS = 300;

const ONBOARDING_REQUIREMENTS = [
  "business_profile.url",
  "external_account",
  "individual.dob.day",
  "individual.dob.month",
  "individual.dob.year",
  "individual.first_name",
  "individual.last_name",
  "individual.verification.document",
  "tos_acceptance.date",
  "tos_acceptance.ip",
];

const createAccountSchema = z.strictObject({
  type: z.enum(["express", "standard", "custom"]).default("express"),
  email: emailParam.optional(),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, "must be a two-letter country code")
    .default("US"),
  default_currency: z
    .string()
    .regex(/^[A-Za-z]{3}$/, "must be a three-letter currency code")
    .optional(),
  business_type: z.enum(["individual", "company", "non_profit", "government_entity"]).optional(),
  business_profile: z.record(z.string(), z.string()).optional(),
  capabilities: z.record(z.string(), z.strictObject({ requested: booleanParam })).optional(),
  controller: z.record(z.string(), z.unknown()).optional(),
  tos_acceptance: z.strictObject({ service_agreement: z.enum(["full", "recipient"]).optional() }).optional(),
  settings: z
    .strictObject({
      payouts: z.strictObject({
        schedule: z.strictObject({
          interval: z.enum(["manual", "daily", "weekly", "monthly"]).optional(),
          delay_days: integerParam({ min: 0, max: 30 }).optional(),
        }),
      }),
    })
    .optional(),
  metadata: metadataParam.optional(),
});

const createAccountLinkSchema = z.strictObject({
  account: stringParam,
  refresh_url: urlParam,
  return_url: urlParam,
  type: z.enum(["account_onboarding"]),
  collect: z.enum(["currently_due", "eventually_due"]).optional(),
});

export function findAccount(state: State, id: string, options?: { param?: string; status?: number }): Account {
  return findOrThrow(state.accounts, id, "account", options);
}

function pendingRequirements(): AccountRequirements {
  return {
    currently_due: [...ONBOARDING_REQUIREMENTS],
    eventually_due: [...ONBOARDING_REQUIREMENTS],
    past_due: [],
    pending_verification: [],
    errors: [],
    current_deadline: null,
    disabled_reason: "requirements.past_due",
  };
}

function createAccount({ standin, params }: ApiCall): Account {
  const input = parseParams(createAccountSchema, params);
  const requested = Object.entries(input.capabilities ?? { transfers: { requested: true } })
    .filter(([, capability]) => capability.requested)
    .map(([name]) => [name, "inactive" as const]);
  const country = input.country.toUpperCase();
  const serviceAgreement = input.tos_acceptance?.service_agreement ?? "full";
  checkCrossBorderTerms(
    country,
    serviceAgreement,
    requested.map(([name]) => name),
  );
  const account: Account = {
    id: createId("acct", 16),
    object: "account",
    type: input.type,
    email: input.email ?? null,
    country,
    default_currency: (input.default_currency ?? defaultCurrencyOf(country)).toLowerCase(),
    business_type: input.business_type ?? null,
    business_profile: input.business_profile ?? {},
    capabilities: Object.fromEntries(requested),
    charges_enabled: false,
    payouts_enabled: false,
    details_submitted: false,
    requirements: pendingRequirements(),
    tos_acceptance: { service_agreement: serviceAgreement },
    // Stripe's default for new accounts: daily automatic payouts, two days after the money arrives.
    settings: {
      payouts: { schedule: { interval: input.settings?.payouts.schedule.interval ?? "daily", delay_days: input.settings?.payouts.schedule.delay_days ?? 2 } },
    },
    metadata: input.metadata ?? {},
    created: nowSeconds(),
    livemode: false,
  };
  standin.state.accounts[account.id] = account;
  return account;
}

function createAccountLink({ standin, params }: ApiCall): AccountLink {
  const input = parseParams(createAccountLinkSchema, params);
  findAccount(standin.state, input.account, { param: "account", status: 400 });
  const created = nowSeconds();
  const token = createId("link");
  const link: StoredAccountLink = {
    account: input.account,
    refresh_url: input.refresh_url,
    return_url: input.return_url,
    expires_at: created + ACCOUNT_LINK_LIFETIME_SECONDS,
  };
  standin.state.accountLinks[token] = link;
  const url = `${standin.baseUrl}/connect/onboard/${encodeURIComponent(input.account)}?link=${encodeURIComponent(token)}`;
  return { object: "account_link", created, expires_at: link.expires_at, url };
}

// What finishing Express onboarding does: every requirement met, the account can be paid and paid out.
export function completeOnboarding(standin: Standin, accountId: string): Account {
  const account = findAccount(standin.state, accountId);
  if (account.details_submitted && account.payouts_enabled) return account;
  const previousAttributes = {
    charges_enabled: account.charges_enabled,
    payouts_enabled: account.payouts_enabled,
    details_submitted: account.details_submitted,
    capabilities: { ...account.capabilities },
    requirements: structuredClone(account.requirements),
  };
  account.charges_enabled = true;
  account.payouts_enabled = true;
  account.details_submitted = true;
  account.capabilities = Object.fromEntries(Object.keys(account.capabilities).map((name) => [name, "active"]));
  account.requirements = { ...pendingRequirements(), currently_due: [], eventually_due: [], disabled_reason: null };
  standin.emitEvent("account.updated", account, { previousAttributes });
  return account;
}

// Express accounts only, and only once onboarding is done (Stripe refuses earlier too).
function createLoginLink({ standin, pathParams }: ApiCall): LoginLink {
  const account = findAccount(standin.state, pathParams.id);
  if (account.type !== "express") throw invalidRequest("Login links can only be created for Express accounts.");
  if (!account.details_submitted) throw invalidRequest(`Cannot create a login link for account ${account.id}: it has not completed onboarding.`);
  return { object: "login_link", created: nowSeconds(), url: `${standin.baseUrl}/connect/express/${encodeURIComponent(account.id)}?login=${createId("ll")}` };
}

const listAccountsSchema = z.strictObject(listParamShape);

function listAccounts({ standin, params }: ApiCall) {
  return paginate(newestFirst(standin.state.accounts), parseParams(listAccountsSchema, params), { url: "/v1/accounts", kind: "account" });
}

export const accountRoutes: ApiRoute[] = [
  { method: "GET", path: "/v1/accounts", handle: listAccounts },
  { method: "POST", path: "/v1/accounts/:id/login_links", handle: createLoginLink },
  { method: "POST", path: "/v1/accounts", handle: createAccount },
  { method: "GET", path: "/v1/accounts/:id", handle: ({ standin, pathParams }) => findAccount(standin.state, pathParams.id) },
  { method: "POST", path: "/v1/account_links", handle: createAccountLink },
];
