// Why a sign-in with a provider was refused: codes travel in ?error= (only known codes are shown, so
// nobody can put their own words on our pages), the words are here.

export const SSO_REFUSALS = [
  "SsoSuspended",
  "SsoEmailNotVerified",
  "SsoNoEmail",
  "SsoLinkedToAnotherUser",
  "SsoOtherAccountLinked",
  "SsoCompanyRequiresProvider",
  "SsoSignUpExpired",
] as const;

export type SsoRefusal = (typeof SSO_REFUSALS)[number];

export const isSsoRefusal = (code: string | undefined): code is SsoRefusal => SSO_REFUSALS.includes(code as SsoRefusal);

/** `provider` is the provider's display name: the one used, or for SsoCompanyRequiresProvider the required one. */
export function ssoRefusalMessage(code: SsoRefusal, provider: string): string {
  switch (code) {
    case "SsoSuspended":
      return "This account is suspended. Contact support@vetted.test if you think this is a mistake.";
    case "SsoEmailNotVerified":
      return `${provider} has not verified your email address, so we cannot tell that this Vetted account is yours. Sign in with your email address and password, then link ${provider} in Settings → Sign-in methods.`;
    case "SsoNoEmail":
      return `${provider} did not share a verified email address with us. Verify your email address with ${provider}, or use your email address and a password.`;
    case "SsoLinkedToAnotherUser":
      return `That ${provider} account is already linked to another Vetted account. Sign out and sign in with it to use that account.`;
    case "SsoOtherAccountLinked":
      return `Your Vetted account is linked to a different ${provider} account. Sign in with that one, or with your password.`;
    case "SsoCompanyRequiresProvider":
      return `Your company requires signing in with ${provider}. Use "Continue with ${provider}".`;
    case "SsoSignUpExpired":
      return `Your sign-up with ${provider} took too long and expired. Continue with ${provider} again to finish it.`;
  }
}
