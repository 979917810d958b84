import pino from "pino";

// Structured JSON logs. Anything that looks like a secret is redacted wherever it appears in a log object.
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info"),
  base: { service: "vetted" },
  redact: {
    paths: [
      "password",
      "passwordHash",
      "*.password",
      "*.passwordHash",
      "*.*.password",
      "*.*.passwordHash",
      "authorization",
      "*.authorization",
      "headers.cookie",
      "*.headers.cookie",
      "secret",
      "*.secret",
      "token",
      "*.token",
    ],
    censor: "[redacted]",
  },
});
