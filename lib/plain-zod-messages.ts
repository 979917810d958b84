import { z } from "zod";

// zod's own messages ("Too big: expected number to be <=100000", "Invalid input: expected string, received
// undefined") are written for developers. Schemas give their fields messages of their own; whatever is left
// is turned into a plain sentence that names the field. Installed as zod's global message map in every
// process and browser tab that imports this module, and applied again wherever issues become messages.

type RawIssue = z.core.$ZodRawIssue;
type Issue = z.core.$ZodIssue;
type AnyIssue = RawIssue | Issue;

/** The phrasings zod's English messages start with. */
export const ZOD_DEFAULT_MESSAGE =
  /^(Invalid input|Invalid option|Too (big|small): expected|Invalid (string|number|key|element|value|email address|URL|UUID|GUID|ISO|date|emoji|cuid|ulid|xid|ksuid|nanoid|base64|JWT|IPv[46]|CIDR|E\.164|hex|MAC)\b|Unrecognized keys?:|expected .* received)/;

export const isZodDefaultMessage = (message: string) => ZOD_DEFAULT_MESSAGE.test(message);

/** "budgetMaxCents" → "Budget max", ["results", 0, "notes"] → "Notes"; the money suffix is dropped: amounts are shown in units. */
export function fieldLabel(path: readonly PropertyKey[] | undefined): string {
  const key = [...(path ?? [])].reverse().find((part): part is string => typeof part === "string");
  if (!key) return "This value";
  const words = key
    .replace(/(Cents|Id|Ids)$/, (suffix) => (suffix === "Cents" ? "" : suffix === "Id" ? "" : "s"))
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .toLowerCase();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : "This value";
}

const isMoney = (path: readonly PropertyKey[] | undefined) => typeof path?.at(-1) === "string" && String(path.at(-1)).endsWith("Cents");
const plainNumber = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
const amount = (value: number, path: readonly PropertyKey[] | undefined) =>
  isMoney(path) ? new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value / 100) : plainNumber.format(value);
const plural = (count: number, singular: string, pluralForm = `${singular}s`) => `${plainNumber.format(count)} ${count === 1 ? singular : pluralForm}`;

const EXPECTED: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  bigint: "a whole number",
  boolean: "yes or no",
  array: "a list",
  object: "a group of fields",
  date: "a date",
  nan: "a number",
  file: "a file",
};

const FORMATS: Record<string, string> = {
  email: "an email address like name@example.com",
  url: "a web address starting with https://",
  datetime: "a date and time",
  date: "a date",
  time: "a time of day",
  regex: "in the expected format",
};

function sizeMessage(issue: AnyIssue & { code: "too_big" | "too_small" }, label: string): string {
  const isBig = issue.code === "too_big";
  const limit = Number(isBig ? issue.maximum : issue.minimum);
  const bound = isBig ? "at most" : "at least";
  if (issue.origin === "string") {
    if (!isBig && limit <= 1) return `${label} cannot be empty.`;
    return `${label} must be ${bound} ${plural(limit, "character")} long.`;
  }
  if (issue.origin === "array" || issue.origin === "set") {
    if (!isBig && limit <= 1) return `${label} needs at least one entry.`;
    return `${label} can have ${bound} ${plural(limit, "entry", "entries")}.`;
  }
  if (issue.origin === "date") return `${label} is ${isBig ? "too late" : "too early"}.`;
  if (issue.origin === "file") return `${label} is too ${isBig ? "large" : "small"}.`;
  return `${label} must be ${bound} ${amount(limit, issue.path)}.`;
}

/** A plain sentence for any zod issue, naming the field. */
export function plainIssueMessage(issue: AnyIssue): string {
  const label = fieldLabel(issue.path);
  switch (issue.code) {
    case "invalid_type": {
      const isMissing = "input" in issue ? issue.input === undefined || issue.input === null : / received (undefined|null)$/.test(issue.message ?? "");
      if (isMissing && issue.expected !== "undefined") return `${label} is required.`;
      return `${label} must be ${EXPECTED[issue.expected] ?? "a valid value"}.`;
    }
    case "too_big":
    case "too_small":
      return sizeMessage(issue, label);
    case "invalid_format":
      return `${label} must be ${FORMATS[issue.format] ?? "in the expected format"}.`;
    case "invalid_value": {
      const choices = issue.values.filter((value) => typeof value === "string" || typeof value === "number").map(String);
      return choices.length > 0 && choices.length <= 6 ? `${label} must be one of: ${choices.join(", ")}.` : `${label} is not one of the choices.`;
    }
    case "not_multiple_of":
      return `${label} must be a multiple of ${amount(Number(issue.divisor), issue.path)}.`;
    case "unrecognized_keys":
      return `${label} has ${issue.keys.length === 1 ? "a field" : "fields"} it does not take: ${issue.keys.join(", ")}.`;
    case "invalid_key":
    case "invalid_element":
      return `${label} has an entry that is not valid.`;
    default:
      return `${label} is not valid.`;
  }
}

/** The message a person may read for an issue: the schema's own, or the plain sentence if zod's default slipped through. */
export const messageOfIssue = (issue: Issue): string => (isZodDefaultMessage(issue.message) ? plainIssueMessage(issue) : issue.message);

z.config({ customError: (issue) => plainIssueMessage(issue) });

/** The first message of a failed parse, for a form that shows one. */
export const firstMessage = (error: z.ZodError): string | undefined => (error.issues[0] ? messageOfIssue(error.issues[0]) : undefined);
