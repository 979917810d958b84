// An error as a log line may carry it: what it is, what it says, its code and where it was thrown.
// Only named fields are copied: errors carry whatever their library hung on them (pg-pool sets
// `client`, Stripe's `raw` holds the whole response), and a log line must stay small and free of it.

const MAX_MESSAGE_LENGTH = 500;
const MAX_STACK_FRAMES = 10;
const MAX_CAUSES = 3;
const EMAIL_PATTERN = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;

export type LoggedError = {
  type: string;
  message: string;
  code?: string;
  statusCode?: number;
  stack?: string;
  cause?: LoggedError;
};

/** Messages quote what they failed on ("Key (email)=(…) already exists"): emails leave the line. */
const scrub = (text: string) => text.replace(EMAIL_PATTERN, "[email]");

function truncatedStack(stack: string) {
  const lines = stack.split("\n");
  const firstFrame = lines.findIndex((line) => line.trimStart().startsWith("at "));
  const frames = firstFrame < 0 ? [] : lines.slice(firstFrame, firstFrame + MAX_STACK_FRAMES);
  return scrub([lines[0].slice(0, MAX_MESSAGE_LENGTH), ...frames].join("\n"));
}

function primitiveOf(value: unknown) {
  return typeof value === "string" || typeof value === "number" ? String(value) : undefined;
}

export function errorForLog(error: unknown, depth = 0): LoggedError {
  if (!(error instanceof Error)) {
    const text = typeof error === "string" ? error : Object.prototype.toString.call(error);
    return { type: typeof error, message: scrub(text.slice(0, MAX_MESSAGE_LENGTH)) };
  }
  const fields = error as Error & { code?: unknown; statusCode?: unknown };
  const code = primitiveOf(fields.code);
  const statusCode = typeof fields.statusCode === "number" ? fields.statusCode : undefined;
  return {
    type: error.constructor?.name && error.constructor.name !== "Error" ? error.constructor.name : error.name,
    message: scrub(error.message.slice(0, MAX_MESSAGE_LENGTH)),
    ...(code !== undefined && { code }),
    ...(statusCode !== undefined && { statusCode }),
    ...(error.stack && { stack: truncatedStack(error.stack) }),
    ...(error.cause !== undefined && depth < MAX_CAUSES && { cause: errorForLog(error.cause, depth + 1) }),
  };
}
