/** Joins class names, skipping falsy ones. Later classes do not override earlier ones: pass non-conflicting utilities. */
export function cn(...classNames: Array<string | false | null | undefined>) {
  return classNames.filter(Boolean).join(" ");
}
