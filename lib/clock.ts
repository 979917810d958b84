// The one source of "now" for domain code, so tests can drive an 8-hour matching window in seconds.

let override: (() => Date) | null = null;

export function now(): Date {
  return override ? override() : new Date();
}

/** For tests only: replace the clock (pass null to restore real time). */
export function setClock(clock: (() => Date) | null) {
  override = clock;
}
