import { z } from "zod";
import { matchingEnvironment } from "./matching/config";
import { DEVELOPMENT_AUTH_SECRET, LOCAL_SERVICES_OPT_IN, productionConfigProblems } from "./production-safety";
import { storageEnvironment } from "./storage/config";

// The environment, parsed once. Production refuses to start with a missing secret or an unsafe value
// (lib/production-safety.ts) and names each variable.

const baseSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  // Optional here so that `next build` needs no database; lib/db.ts refuses to connect without it.
  DATABASE_URL: z.string().optional(),
  // DATABASE_URL may be a transaction pooler (PgBouncer); what needs a session of its own (the chat's
  // LISTEN, the migrator's advisory lock, backups) connects here instead.
  DIRECT_DATABASE_URL: z.string().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(10),
  // Hot reads (lib/db.ts readRows) as named prepared statements, planned once per connection. A
  // transaction pooler that cannot keep them (PgBouncer before 1.21, or without max_prepared_statements)
  // needs "false": each read is then planned on every call.
  DATABASE_PREPARED_STATEMENTS: z.enum(["true", "false"]).default("true"),
  NEXTAUTH_SECRET: z.string().min(32).optional(),
  NEXTAUTH_URL: z.url().optional(),
  // Single sign-on: each provider appears on the sign-in and sign-up pages only when its id and secret are set.
  GOOGLE_CLIENT_ID: z.string().min(1).optional(),
  GOOGLE_CLIENT_SECRET: z.string().min(1).optional(),
  GITHUB_CLIENT_ID: z.string().min(1).optional(),
  GITHUB_CLIENT_SECRET: z.string().min(1).optional(),
  // Any OpenID Connect provider (Okta, Entra ID, Auth0, Keycloak…): its issuer URL, this app's client, and
  // the name on its button ("Continue with Okta"). Its redirect URI is NEXTAUTH_URL/api/auth/callback/oidc.
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_DISPLAY_NAME: z.string().min(1).max(40).default("single sign-on"),
  // Encrypts authenticator-app secrets at rest and keys the recovery-code hashes: 32 bytes as hex
  // (`openssl rand -hex 32`). Required in production; elsewhere derived from NEXTAUTH_SECRET when unset.
  // Changing it makes every enrolled authenticator and recovery code unreadable.
  TWO_FACTOR_ENCRYPTION_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, "TWO_FACTOR_ENCRYPTION_KEY must be 64 hex characters: generate one with `openssl rand -hex 32`")
    .optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  PLATFORM_FEE_BPS: z.coerce.number().int().min(0).max(5000).default(1000),
  /** The largest bonus a client may pay in one go, in cents of the contract's currency. */
  BONUS_MAX_CENTS: z.coerce.number().int().min(100).max(100_000_000).default(1_000_000),
  // Hourly contracts: the days after a week closes (end of Sunday in its time zone) during which the
  // client approves or disputes its hours; silence approves when they are over.
  HOURLY_REVIEW_DAYS: z.coerce.number().int().min(1).max(30).default(5),
  STRIPE_SECRET_KEY: z.string().optional(),
  STRIPE_WEBHOOK_SECRET: z.string().optional(),
  // The local Stripe stand-in (development, tests): the real SDK talks to it over HTTP instead of Stripe.
  STRIPE_API_BASE: z.url().optional(),
  SMTP_URL: z.string().optional(),
  EMAIL_FROM: z.string().default("Vetted <no-reply@vetted.local>"),
  // Production deployments behind a TLS proxy: secure cookies; set "false" only for a local `next start`.
  SECURE_COOKIES: z.enum(["true", "false"]).optional(),
  // Reverse proxies in front of the app that append to X-Forwarded-For: which entry is the caller's
  // address for the sign-in and sign-up limits (lib/client-ip.ts). None unless configured: a caller
  // could otherwise write any address into the header.
  TRUSTED_PROXY_COUNT: z.coerce.number().int().min(0).max(10).default(0),
  [LOCAL_SERVICES_OPT_IN]: z.enum(["true", "false"]).optional(),
  // The job worker: how often it looks for due jobs, and how long a claimed job stays its own before
  // another worker may take it over (a crashed worker's jobs wait this long).
  WORKER_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
  WORKER_LEASE_MS: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
  // How long completed jobs are kept (the admin Jobs page counts them) before the worker deletes them.
  // Failed jobs are kept until an admin retries or discards them.
  JOB_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(7),
  // After a charge to a company's saved card is declined, it is tried again this many days after the
  // first decline (comma-separated, increasing); after the last retry fails, the contract's charges are failing.
  CHARGE_RETRY_DAYS: z
    .string()
    .default("1,3,5")
    .transform((text) => text.split(",").map((part) => Number(part.trim())))
    .refine(
      (days) =>
        days.length >= 1 &&
        days.length <= 10 &&
        days.every((day, index) => Number.isFinite(day) && day > 0 && day <= 60 && (index === 0 || day > days[index - 1])),
      "CHARGE_RETRY_DAYS must be 1 to 10 increasing numbers of days (at most 60), like 1,3,5",
    ),
  // How long both sides of an ended contract may review each other (lib/reviews/); at its end whatever
  // was written is published.
  REVIEW_WINDOW_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  // Check every API answer against its operation's output schema (a mismatch is a loud 500). On
  // everywhere but production, where it would only cost time; the e2e suite turns it on there too.
  API_CHECK_RESPONSES: z.enum(["true", "false"]).optional(),
  // Traces (HTTP, database, jobs, Stripe, email) go to this OpenTelemetry collector over OTLP/HTTP, e.g.
  // http://otel-collector:4318. Unset: no tracing code is loaded at all. The SDK reads the other
  // OTEL_* variables itself (OTEL_SERVICE_NAME, OTEL_EXPORTER_OTLP_HEADERS, OTEL_TRACES_SAMPLER, …).
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
  // The bearer token a Prometheus scraper sends to GET /api/metrics. Unset: the endpoint answers 404.
  METRICS_TOKEN: z.string().min(16, "METRICS_TOKEN must be at least 16 characters").optional(),
  // On SIGTERM the app server answers /api/ready with 503 for this long before it stops taking
  // connections, so a load balancer stops sending it traffic first. Set it to what your load balancer
  // needs to notice (its check interval times its unhealthy threshold).
  SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).max(120_000).default(0),
  // The app server's address (`npm start`; --port and --hostname override them).
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOSTNAME: z.string().min(1).default("0.0.0.0"),
  // Contracts ended early (lib/contract-endings/): the trial after acceptance, the expert's window to
  // answer a refund request for funded work not submitted, and what the platform pays at most for work
  // submitted in a trial the client ended as not the right fit.
  TRIAL_DAYS: z.coerce.number().int().min(0).max(90).default(7),
  END_REFUND_CONSENT_DAYS: z.coerce.number().int().min(1).max(30).default(3),
  TRIAL_PAYOUT_CAP_CENTS: z.coerce.number().int().min(0).max(10_000_000).default(50_000),
  // Days the other side of a dispute has to answer before the case goes to an admin on what was submitted (lib/disputes/).
  DISPUTE_RESPONSE_DAYS: z.coerce.number().int().min(1).max(30).default(5),
  ...matchingEnvironment.shape,
  ...storageEnvironment.shape,
});

/** Every variable the app reads, as the README's table of them lists (a unit test compares the two). */
export const ENVIRONMENT_VARIABLES = Object.keys(baseSchema.shape);

export type Env = Omit<z.infer<typeof baseSchema>, "API_CHECK_RESPONSES" | "DATABASE_PREPARED_STATEMENTS"> & {
  NEXTAUTH_SECRET: string;
  isProduction: boolean;
  API_CHECK_RESPONSES: boolean;
  DATABASE_PREPARED_STATEMENTS: boolean;
  /** The connection for what a transaction pooler cannot carry: DIRECT_DATABASE_URL, else DATABASE_URL. */
  directDatabaseUrl: string | undefined;
};

export function parseEnv(source: Record<string, string | undefined>): Env {
  const isProduction = source.NODE_ENV === "production";
  // `next build` runs with NODE_ENV=production but needs no secrets; `next start` does.
  const isBuilding = source.NEXT_PHASE === "phase-production-build";
  if (isProduction && !isBuilding) {
    const problems = productionConfigProblems(source);
    if (problems.length) throw new Error(`Refusing to start in production:\n  ${problems.join("\n  ")}`);
  }
  const result = baseSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
  }
  return {
    ...result.data,
    NEXTAUTH_SECRET: result.data.NEXTAUTH_SECRET ?? DEVELOPMENT_AUTH_SECRET,
    API_CHECK_RESPONSES: result.data.API_CHECK_RESPONSES ? result.data.API_CHECK_RESPONSES === "true" : !isProduction,
    DATABASE_PREPARED_STATEMENTS: result.data.DATABASE_PREPARED_STATEMENTS === "true",
    directDatabaseUrl: directDatabaseUrl(source),
    isProduction,
  };
}

/** For scripts that need no parsed environment (the migrator, backups): the session-capable connection. */
export function directDatabaseUrl(source: Record<string, string | undefined> = process.env) {
  return source.DIRECT_DATABASE_URL || source.DATABASE_URL || undefined;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
