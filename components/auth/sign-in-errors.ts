import { isSsoRefusal, ssoRefusalMessage } from "@/lib/sso/refusals";

const WRONG_CREDENTIALS = "That email and password do not match an account. Check both and try again.";
const GENERIC = "Sign-in did not work. Try again in a minute.";

/** next-auth passes authorize()'s own message through as the error; bare codes ("CredentialsSignin") get a sentence. */
export function signInErrorMessage(error: string | null | undefined): string {
  if (!error || error === "CredentialsSignin") return WRONG_CREDENTIALS;
  if (/^[A-Za-z]+$/.test(error)) return GENERIC;
  return error;
}

/**
 * For `?error=` on arrival (next-auth redirects to its error page, which is /sign-in). Only known codes are
 * mapped: free text from a URL is never shown, so nobody can put their own words on our sign-in page
 * (`providerName` is a configured provider's name, looked up from ?provider=, never the query's text).
 */
export function signInErrorFromQuery(code: string | undefined, providerName = "your sign-in provider"): string | undefined {
  if (!code) return undefined;
  if (isSsoRefusal(code)) return ssoRefusalMessage(code, providerName);
  if (code === "OAuthSignin" || code === "OAuthCallback" || code === "Callback") {
    return `Signing in with ${providerName} did not work. Try again, or use your email address and password.`;
  }
  if (code === "SessionRequired") return "Sign in to see that page.";
  if (code === "CredentialsSignin") return WRONG_CREDENTIALS;
  if (code === "TwoFactorRequired") return "Your account has two-factor authentication: sign in here to enter your code.";
  return GENERIC;
}
