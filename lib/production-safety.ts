// What production refuses to run with: development secrets, the Stripe stand-in, the embedded database.
// Each problem is one line naming the variable. A staging or test rig on one machine may use the
// stand-in and the embedded database through one loudly named opt-in, never by accident; the auth
// secret is checked whatever it says.

export const DEVELOPMENT_AUTH_SECRET = "vetted-development-secret-not-for-production";
/** The Stripe stand-in's signing secret (lib/stripe.ts re-exports it); a known value, so never production's. */
export const STANDIN_WEBHOOK_SECRET = "whsec_vetted_standin_development";
/** The embedded development PostgreSQL's credentials (scripts/postgres/embedded.ts). */
export const EMBEDDED_DATABASE_USER = "vetted";
export const EMBEDDED_DATABASE_PASSWORD = "vetted-local";
export const LOCAL_SERVICES_OPT_IN = "UNSAFE_STAGING_WITH_LOCAL_SERVICES";

const REQUIRED = ["DATABASE_URL", "NEXTAUTH_SECRET", "NEXTAUTH_URL", "TWO_FACTOR_ENCRYPTION_KEY"] as const;
const STRIPE_API_HOST = "api.stripe.com";

type Source = Record<string, string | undefined>;

function isEmbeddedDatabase(url: string) {
  try {
    const parsed = new URL(url);
    return decodeURIComponent(parsed.username) === EMBEDDED_DATABASE_USER && decodeURIComponent(parsed.password) === EMBEDDED_DATABASE_PASSWORD;
  } catch {
    return false;
  }
}

function stripeProblems(source: Source): string[] {
  const optIn = `(a staging rig may set ${LOCAL_SERVICES_OPT_IN}=true to use the stand-in)`;
  const problems: string[] = [];
  if (!source.STRIPE_SECRET_KEY) problems.push(`STRIPE_SECRET_KEY is not set: production takes payments through Stripe ${optIn}.`);
  if (!source.STRIPE_WEBHOOK_SECRET) problems.push("STRIPE_WEBHOOK_SECRET is not set: Stripe's webhooks could not be verified.");
  else if (source.STRIPE_WEBHOOK_SECRET === STANDIN_WEBHOOK_SECRET)
    problems.push(`STRIPE_WEBHOOK_SECRET is the development stand-in's published value ${optIn}.`);
  if (source.STRIPE_API_BASE) {
    let host = "";
    try {
      host = new URL(source.STRIPE_API_BASE).hostname;
    } catch {
      // reported below as not Stripe
    }
    if (host !== STRIPE_API_HOST) problems.push(`STRIPE_API_BASE points at ${host || "an invalid address"}, not Stripe ${optIn}.`);
  }
  return problems;
}

// A provider configured by halves would silently not appear on the sign-in page.
const SSO_SETTINGS = [
  ["GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET"],
  ["GITHUB_CLIENT_ID", "GITHUB_CLIENT_SECRET"],
  ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"],
] as const;

function ssoProblems(source: Source): string[] {
  return SSO_SETTINGS.flatMap((names) => {
    const missing = names.filter((name) => !source[name]);
    return missing.length > 0 && missing.length < names.length
      ? [`${missing.join(" and ")} must be set with ${names.filter((name) => source[name]).join(" and ")}.`]
      : [];
  });
}

/**
 * Files on one machine's disk are missing on every other instance, and the signed-URL stand-in has no
 * CDN or lifecycle rules: production with more than one instance needs object storage.
 */
function storageProblems(source: Source): string[] {
  const instances = Number(source.APP_INSTANCES ?? 1);
  if ((source.STORAGE_DRIVER ?? "disk") === "disk") {
    return instances > 1
      ? [`STORAGE_DRIVER is disk but APP_INSTANCES is ${instances}: each instance would see only its own files. Set STORAGE_DRIVER=s3 and the S3_* variables.`]
      : [];
  }
  return ["S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"]
    .filter((name) => !source[name])
    .map((name) => `${name} is not set: STORAGE_DRIVER=s3 needs it.`);
}

/** Every reason this environment must not serve production; empty when it may. */
export function productionConfigProblems(source: Source): string[] {
  const problems: string[] = REQUIRED.filter((name) => !source[name]).map((name) => `${name} is not set: production requires it.`);
  problems.push(...ssoProblems(source), ...storageProblems(source));
  const secret = source.NEXTAUTH_SECRET;
  if (secret === DEVELOPMENT_AUTH_SECRET) problems.push("NEXTAUTH_SECRET is the development value: generate one with `openssl rand -hex 32`.");
  else if (secret && secret.length < 32) problems.push("NEXTAUTH_SECRET is shorter than 32 characters: generate one with `openssl rand -hex 32`.");
  if (source[LOCAL_SERVICES_OPT_IN] === "true") return problems;
  for (const name of ["DATABASE_URL", "DIRECT_DATABASE_URL"]) {
    const url = source[name];
    if (url && isEmbeddedDatabase(url))
      problems.push(`${name} points at the embedded development PostgreSQL: production needs a PostgreSQL server of its own.`);
  }
  if (source.OIDC_ISSUER?.startsWith("http:")) problems.push("OIDC_ISSUER must be an https:// address in production.");
  return [...problems, ...stripeProblems(source)];
}
