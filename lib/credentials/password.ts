import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (m=19 MiB, t=2, p=1: OWASP's minimum), ~70 ms per hash here.
export const hashPassword = (password: string) => hash(password);

export async function verifyPassword(passwordHash: string, password: string) {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** For an account made through a sign-in provider (no password of its own) asked to confirm its password. */
export const NO_PASSWORD_YET =
  "Your account has no password yet: you sign in with a provider. Set one with “Forgot password?” on the sign-in page, then try again.";
