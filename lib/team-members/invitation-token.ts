import { createHash, randomBytes } from "node:crypto";

// A team invitation's token: 32 random bytes, base64url. Only its SHA-256 is stored, so neither the
// database nor a log holds a usable link; the email is the one place it exists in clear.

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export const newInvitationToken = () => randomBytes(32).toString("base64url");

export const hashInvitationToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** The link in the email: sign-up (or sign-in and accept) for the invited address. */
export const invitationPath = (token: string) => `/sign-up?invitation=${encodeURIComponent(token)}`;
