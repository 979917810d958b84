import { type DraftChanges, type DraftField, draftChangesSchema } from "./api-schemas";
import { isHourlyBudgetInBounds, MAX_SKILLS } from "./schemas";

// Pre-fill for the request wizard from a link's query string (/start?skill=fastapi&engagement=hourly).
// Anyone can write such a link, so every parameter is read on its own with the request schema's own
// rule: a value that does not pass is dropped without a word and the others still apply. Nothing here
// throws, and nothing is ever rendered except through the wizard's inputs (React escapes it).

export type QueryParams = Record<string, string | string[] | undefined>;

/** The draft fields a link may set, and the skills it names by slug (resolve-prefill.ts looks them up). */
export type PrefillQuery = {
  fields: Omit<DraftChanges, "requiredSkills" | "niceToHaveSkillIds">;
  requiredSkillSlugs: string[];
  niceToHaveSkillSlugs: string[];
};

/** A value longer than this is not a pre-fill anyone meant: dropped (the wizard itself takes descriptions up to 5,000). */
export const MAX_PARAM_LENGTH = 2000;
/** Slugs looked up at most, per list: more than a request takes, fewer than a query worth sending. */
const MAX_SLUGS = MAX_SKILLS * 2;

const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
const isControl = (code: number) => code < 0x20 || code === 0x7f;
// Control characters never belong in a title; a description keeps line breaks and tabs.
const hasControl = (value: string) => [...value].some((character) => isControl(character.charCodeAt(0)));
const hasControlBesidesLines = (value: string) => [...value].some((character) => isControl(character.charCodeAt(0)) && !"\t\n\r".includes(character));
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const WHOLE = /^\d{1,4}$/;
const MONEY = /^\d{1,7}(\.\d{1,2})?$/;

const ENGAGEMENTS: Record<string, "FIXED_PRICE" | "HOURLY"> = { fixed: "FIXED_PRICE", fixedprice: "FIXED_PRICE", hourly: "HOURLY" };

/** The parameter as one string: a repeated parameter, or one too long to be meant, counts as absent. */
function single(params: QueryParams, name: string): string | undefined {
  const value = params[name];
  return typeof value === "string" && value.length <= MAX_PARAM_LENGTH ? value : undefined;
}

/** Every value given for the parameters, repeated or comma-separated. */
function list(params: QueryParams, names: string[]): string[] {
  return names.flatMap((name) => {
    const value = params[name];
    const values = typeof value === "string" ? [value] : Array.isArray(value) ? value : [];
    return values.filter((item) => typeof item === "string" && item.length <= MAX_PARAM_LENGTH).flatMap((item) => item.split(","));
  });
}

function slugsOf(values: string[], excluded: ReadonlySet<string> = new Set()): string[] {
  const slugs = values.map((value) => value.trim().toLowerCase()).filter((slug) => SLUG.test(slug) && !excluded.has(slug));
  return [...new Set(slugs)].slice(0, MAX_SLUGS);
}

const text = (value: string | undefined, isForbidden: (value: string) => boolean) => (value === undefined || isForbidden(value) ? undefined : value);
const whole = (value: string | undefined) => (value !== undefined && WHOLE.test(value) ? Number(value) : undefined);
const cents = (value: string | undefined) => (value !== undefined && MONEY.test(value.trim()) ? Math.round(Number(value.trim()) * 100) : undefined);

/** A calendar date that exists (no 31 February), as midnight UTC. */
function calendarDate(value: string | undefined) {
  if (value === undefined || !DATE.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? date : undefined;
}

/** Each field's candidate value, typed as the schema takes it; the schema decides what stays. */
function candidates(params: QueryParams): Partial<Record<DraftField, unknown>> {
  const engagement = single(params, "engagement")
    ?.trim()
    .toLowerCase()
    .replace(/[-_\s]/g, "");
  return {
    title: text(single(params, "title"), hasControl),
    description: text(single(params, "description"), hasControlBesidesLines),
    engagement: engagement === undefined ? undefined : ENGAGEMENTS[engagement],
    currency: single(params, "currency")?.trim().toUpperCase(),
    budgetMinCents: cents(single(params, "budgetMin")),
    budgetMaxCents: cents(single(params, "budgetMax")),
    startDate: calendarDate(single(params, "startDate")),
    durationWeeks: whole(single(params, "durationWeeks")),
    hoursPerWeek: whole(single(params, "hoursPerWeek")),
    timezone: single(params, "timezone"),
    minOverlapHours: whole(single(params, "minOverlapHours")),
  };
}

/**
 * Keeps each field that passes its own rule, then settles the rules between fields by dropping the
 * weaker value: a minimum budget above the maximum, a skill that is both required and nice to have.
 * Used for a link's pre-fill and for a stored guest draft read back.
 */
export function keepValidFields(candidate: Partial<Record<DraftField, unknown>>): DraftChanges {
  const kept: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(draftChangesSchema.shape)) {
    const value = candidate[field as DraftField];
    if (value === undefined) continue;
    const parsed = schema.safeParse(value);
    if (parsed.success && parsed.data !== undefined) kept[field] = parsed.data;
  }
  const fields = kept as DraftChanges;
  // The budget's bounds are a rule of the whole request (its message names the currency), not of the field alone.
  if (fields.budgetMinCents != null && !isHourlyBudgetInBounds(fields.budgetMinCents)) delete fields.budgetMinCents;
  if (fields.budgetMaxCents !== undefined && !isHourlyBudgetInBounds(fields.budgetMaxCents)) delete fields.budgetMaxCents;
  if (fields.budgetMinCents != null && fields.budgetMaxCents !== undefined && fields.budgetMinCents > fields.budgetMaxCents) delete fields.budgetMinCents;
  if (fields.requiredSkills) {
    const required = fields.requiredSkills.map((skill) => skill.skillId);
    if (new Set(required).size !== required.length) delete fields.requiredSkills;
  }
  if (fields.niceToHaveSkillIds) {
    const required = new Set(fields.requiredSkills?.map((skill) => skill.skillId));
    fields.niceToHaveSkillIds = [...new Set(fields.niceToHaveSkillIds)].filter((id) => !required.has(id));
  }
  return fields;
}

/** What a link's query string asks the wizard to fill in; whatever does not fit is left out. */
export function parsePrefillQuery(params: QueryParams): PrefillQuery {
  const { requiredSkills: _required, niceToHaveSkillIds: _nice, ...fields } = keepValidFields(candidates(params));
  const requiredSkillSlugs = slugsOf(list(params, ["skill", "skills"]));
  const niceToHaveSkillSlugs = slugsOf(list(params, ["nice"]), new Set(requiredSkillSlugs));
  return { fields, requiredSkillSlugs, niceToHaveSkillSlugs };
}

/** The parameters this module reads: a link with none of them pre-fills nothing. */
export const PREFILL_PARAMS = [
  "skill",
  "skills",
  "nice",
  "title",
  "description",
  "engagement",
  "currency",
  "budgetMin",
  "budgetMax",
  "startDate",
  "durationWeeks",
  "hoursPerWeek",
  "timezone",
  "minOverlapHours",
] as const;

export const hasPrefill = (params: QueryParams) => PREFILL_PARAMS.some((name) => params[name] !== undefined);

/** The pre-fill parameters as a query string, to carry them through sign-up and redirects unchanged. */
export function prefillSearch(params: QueryParams): string {
  const search = new URLSearchParams();
  for (const name of PREFILL_PARAMS) {
    const value = params[name];
    for (const item of typeof value === "string" ? [value] : Array.isArray(value) ? value : []) {
      if (item.length <= MAX_PARAM_LENGTH) search.append(name, item);
    }
  }
  return search.toString();
}
