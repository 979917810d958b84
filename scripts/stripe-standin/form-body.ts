// Stripe's wire format: application/x-www-form-urlencoded with bracket notation
// (`line_items[0][price_data][currency]=usd`, `expand[]=x`). Every leaf is a string;
// schemas coerce to integers/booleans where Stripe expects them.
export type FormValue = string | FormValue[] | FormObject;
export type FormObject = { [key: string]: FormValue };

type Draft = { [key: string]: Draft | string };

export class FormSyntaxError extends Error {}

const KEY_PATTERN = /^([^[\]]+)((?:\[[^[\]]*\])*)$/;
const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

export function parseFormBody(text: string): FormObject {
  const root: Draft = {};
  for (const [rawKey, value] of new URLSearchParams(text)) {
    assignPath(root, splitKey(rawKey), value, rawKey);
  }
  return toFormObject(root);
}

function splitKey(rawKey: string): string[] {
  const match = KEY_PATTERN.exec(rawKey);
  if (!match) throw new FormSyntaxError(`Invalid parameter name: ${rawKey}`);
  const nested = [...match[2].matchAll(/\[([^[\]]*)\]/g)].map((part) => part[1]);
  const segments = [match[1], ...nested];
  if (segments.some((segment) => UNSAFE_KEYS.has(segment))) throw new FormSyntaxError(`Invalid parameter name: ${rawKey}`);
  return segments;
}

function assignPath(root: Draft, segments: string[], value: string, rawKey: string): void {
  let node = root;
  segments.forEach((segment, index) => {
    const key = segment === "" ? String(Object.keys(node).length) : segment;
    const existing = Object.hasOwn(node, key) ? node[key] : undefined;
    if (index === segments.length - 1) {
      if (typeof existing === "object") throw new FormSyntaxError(`Conflicting values for parameter: ${rawKey}`);
      node[key] = value;
      return;
    }
    if (typeof existing === "string") throw new FormSyntaxError(`Conflicting values for parameter: ${rawKey}`);
    const child: Draft = existing ?? {};
    node[key] = child;
    node = child;
  });
}

function toFormObject(draft: Draft): FormObject {
  const result: FormObject = {};
  for (const [key, value] of Object.entries(draft)) result[key] = toFormValue(value);
  return result;
}

function toFormValue(value: Draft | string): FormValue {
  if (typeof value === "string") return value;
  const keys = Object.keys(value);
  const isArray = keys.length > 0 && keys.every((key) => /^(0|[1-9]\d*)$/.test(key));
  if (!isArray) return toFormObject(value);
  return keys
    .map(Number)
    .sort((a, b) => a - b)
    .map((index) => toFormValue(value[String(index)]));
}
