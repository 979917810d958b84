/** Longest slug a /hire/ page accepts; anything longer is not looked up. */
export const MAX_HIRE_SLUG_LENGTH = 80;

const SLUG_SHAPE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Lower-case letters, digits and single hyphens: what every skill and group slug looks like. */
export function isHirePageSlug(slug: unknown): slug is string {
  return typeof slug === "string" && slug.length <= MAX_HIRE_SLUG_LENGTH && SLUG_SHAPE.test(slug);
}
