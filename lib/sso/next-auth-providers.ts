import GithubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import type { Provider } from "next-auth/providers/index";
import { env } from "@/lib/env";
import { configuredSsoProviders } from "@/lib/sessions/sso-providers";
import { githubPrimaryEmail } from "./github-email";

type Claims = Record<string, unknown>;

const asText = (value: unknown) => (typeof value === "string" ? value : null);

/** next-auth's provider configurations for the configured providers (./providers.ts). */
export function ssoNextAuthProviders(): Provider[] {
  const config = env();
  return configuredSsoProviders().map(({ id, name }): Provider => {
    if (id === "google") {
      return GoogleProvider({ clientId: config.GOOGLE_CLIENT_ID ?? "", clientSecret: config.GOOGLE_CLIENT_SECRET ?? "" });
    }
    if (id === "github") {
      return GithubProvider({
        clientId: config.GITHUB_CLIENT_ID ?? "",
        clientSecret: config.GITHUB_CLIENT_SECRET ?? "",
        userinfo: {
          url: "https://api.github.com/user",
          async request({ client, tokens }) {
            const profile = await client.userinfo(tokens.access_token ?? "");
            const response = await fetch("https://api.github.com/user/emails", {
              headers: { authorization: `token ${tokens.access_token}`, "user-agent": "Vetted" },
            });
            const { email, email_verified } = githubPrimaryEmail(response.ok ? await response.json() : []);
            return { ...profile, email: email ?? undefined, email_verified };
          },
        },
      });
    }
    const issuer = (config.OIDC_ISSUER ?? "").replace(/\/$/, "");
    return {
      id: "oidc",
      name,
      type: "oauth",
      wellKnown: `${issuer}/.well-known/openid-configuration`,
      clientId: config.OIDC_CLIENT_ID,
      clientSecret: config.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile: (profile: Claims) => ({
        id: String(profile.sub),
        name: asText(profile.name) ?? asText(profile.preferred_username),
        email: asText(profile.email),
        image: null,
      }),
    };
  });
}
