// Seeded demo sign-ins, one per role. The password is shown on the sign-in page in development only.
export const DEMO_PASSWORD = "vetted-demo-2026";

/**
 * The demo admin's authenticator secret (admins must have two-factor authentication). Published, like
 * the password: add it to any authenticator app, or print the current code with `npm run demo:code`.
 */
export const DEMO_ADMIN_TOTP_SECRET = "JBSWY3DPEHPK3PXPVETTEDDEMOADMIN2";

export const DEMO_ACCOUNTS = [
  { role: "CLIENT", email: "client@acme.test", name: "Alex Morgan", label: "Owner (Acme Robotics)" },
  { role: "EXPERT", email: "expert@vetted.test", name: "Priya Raman", label: "Expert (approved)" },
  { role: "ADMIN", email: "admin@vetted.test", name: "Sam Okafor", label: "Admin" },
  // Acme's colleagues of its owner (lib/teams/permissions.ts says what each role may do).
  { role: "CLIENT", email: "jordan.ellis@acme.test", name: "Jordan Ellis", label: "Hiring manager (Acme Robotics)" },
  { role: "CLIENT", email: "kenji.watanabe@acme.test", name: "Kenji Watanabe", label: "Finance (Acme Robotics)" },
] as const;
