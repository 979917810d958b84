import type { Role } from "@/generated/prisma/enums";

declare module "next-auth" {
  interface User {
    /** Absent on a provider's profile: the jwt callback takes the role from our user (lib/sso/next-auth-callbacks.ts). */
    role?: Role;
    sessionVersion?: number;
  }
  interface Session {
    user: { id: string; role: Role; name?: string | null; email?: string | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role: Role;
    /** The user's session version when this session was issued (lib/sessions/session-user.ts). */
    sessionVersion?: number;
    /** "password" or the provider's id: a company's single sign-on requirement checks it on every request. */
    signInMethod?: string;
  }
}
