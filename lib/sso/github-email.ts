export type GithubEmail = { email: string; primary: boolean; verified: boolean };

/**
 * GitHub's own sign-in takes the primary address, or any address when there is no primary, verified
 * or not. Ours: the primary address, marked verified only when GitHub has verified it.
 */
export function githubPrimaryEmail(emails: unknown): { email: string | null; email_verified: boolean } {
  const list = Array.isArray(emails) ? (emails as GithubEmail[]) : [];
  const primary = list.find((candidate) => candidate?.primary === true && typeof candidate.email === "string");
  return { email: primary?.email ?? null, email_verified: primary?.verified === true };
}
