import { totpCode } from "../../tests/fixtures/two-factor";
import { type ApiAnswer, apiClient } from "../crash/api-client";
import { sleep } from "../crash/processes";
import type { ProductionStack } from "./stack";

// What the smoke test's steps share: one step's record, answers checked by status, waiting on the
// workers, and a person signed in on one app instance whose session is used on both.

export type Step = <T>(name: string, run: () => Promise<T>) => Promise<T>;

export type Body = Record<string, unknown>;

export function expectStatus(answer: ApiAnswer, status: number, what: string): Body {
  if (answer.status !== status) throw new Error(`${what}: expected ${status}, got ${answer.status} ${answer.text.slice(0, 300)}`);
  return (answer.body ?? {}) as Body;
}

export async function until<T>(what: string, timeoutMs: number, read: () => Promise<T | null | undefined | false>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what} within ${timeoutMs / 1000} s`);
    await sleep(200);
  }
}

/** One person signed in on instance A, and the same session used on instance B. */
/** `totpSecret`: an admin's authenticator (enrolled by the arranging fixtures); its current code goes with the password. */
export async function signedIn(stack: ProductionStack, credentials: { email: string; password: string; totpSecret?: string }, signInOn = 0) {
  const onA = apiClient({ baseUrl: stack.appUrls[0], retryForMs: 0 });
  const onB = apiClient({ baseUrl: stack.appUrls[1], retryForMs: 0, cookies: onA.cookies });
  const totpCodeNow = credentials.totpSecret ? totpCode(credentials.totpSecret) : undefined;
  const answer = await [onA, onB][signInOn].signIn(credentials.email, credentials.password, totpCodeNow);
  expectStatus(answer, 200, `sign-in as ${credentials.email}`);
  return [onA, onB] as const;
}

export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
