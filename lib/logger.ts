import pino, { type DestinationStream } from "pino";
import { errorForLog } from "./log-error";
import { activeTraceIds } from "./telemetry/active-trace";

// Structured JSON logs, one line per event. Errors are logged by their type, message, code and a few
// stack frames, never as the object graph they carry (pg-pool hangs the whole client on an idle
// connection's error). Secrets and personal data are removed wherever they appear in a log object,
// key and all: the e2e log scan searches for the names too. With tracing on, a line written inside a
// request or a job carries its trace and span ids.

const SECRET_KEYS = [
  "password",
  "passwordHash",
  "currentPassword",
  "newPassword",
  "token",
  "accessToken",
  "refreshToken",
  "sessionToken",
  "secret",
  "clientSecret",
  "apiKey",
  "authorization",
  "cookie",
  "stripeSecretKey",
  "STRIPE_SECRET_KEY",
  "webhookSecret",
  "STRIPE_WEBHOOK_SECRET",
  "NEXTAUTH_SECRET",
  "METRICS_TOKEN",
  "TWO_FACTOR_ENCRYPTION_KEY",
  "totpCode",
  "recoveryCode",
  "recoveryCodes",
  "encryptedSecret",
  "codeHash",
  "email",
  "toEmail",
];
const SECRET_HEADERS = ["authorization", "cookie", "set-cookie", "stripe-signature", "x-api-key"];

/** Each key at the top level and up to three objects deep, and each header wherever a `headers` object is. */
export const REDACTED_PATHS = [
  ...SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`, `*.*.*.${key}`]),
  ...SECRET_HEADERS.flatMap((header) => [`headers["${header}"]`, `*.headers["${header}"]`, `*.*.headers["${header}"]`]),
];

export function createLogger(destination?: DestinationStream) {
  const isTracing = Boolean(process.env.OTEL_EXPORTER_OTLP_ENDPOINT);
  return pino(
    {
      level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info"),
      base: { service: "vetted" },
      serializers: { err: errorForLog, error: errorForLog },
      redact: { paths: REDACTED_PATHS, remove: true },
      ...(isTracing && { mixin: activeTraceIds }),
    },
    destination,
  );
}

export const logger = createLogger();
