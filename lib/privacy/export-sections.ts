import { filesSection } from "./export-sections-files";
import { interviewsSection } from "./export-sections-interviews";
import { accountSection, companyMembershipsSection, expertProfileSection } from "./export-sections-profile";
import { auditSection, notificationsSection, paymentsSection, reviewsSection, savedExpertsSection } from "./export-sections-records";
import { securityAndSettingsSection } from "./export-sections-settings";
import { contractsSection, conversationsSection, disputeStatementsSection, matchesSection, requestsSection } from "./export-sections-work";

// What "Download my data" contains: one JSON file per section, in this order, plus README.txt.

type Owner = { userId: string; email: string };

export type ExportSection = { file: string; describe: string; collect: (owner: Owner) => Promise<unknown> };

export const EXPORT_SECTIONS: readonly ExportSection[] = [
  { file: "account.json", describe: "your account: name, email address, role, dates", collect: ({ userId }) => accountSection(userId) },
  {
    file: "company-memberships.json",
    describe: "the companies you belong to and your role in each",
    collect: ({ userId }) => companyMembershipsSection(userId),
  },
  {
    file: "expert-profile.json",
    describe: "your expert profile, skills, vetting steps and interviews (empty if you are not an expert)",
    collect: ({ userId }) => expertProfileSection(userId),
  },
  {
    file: "security-and-settings.json",
    describe: "email confirmation, two-factor status, API tokens (names, never the tokens), email choices, team invitations you sent",
    collect: ({ userId }) => securityAndSettingsSection(userId),
  },
  { file: "requests.json", describe: "the hiring requests you raised", collect: ({ userId }) => requestsSection(userId) },
  { file: "matches.json", describe: "invitations you received, and the experts matched to your requests", collect: ({ userId }) => matchesSection(userId) },
  {
    file: "interviews.json",
    describe: "interviews between you and a client or a shortlisted expert: the times offered and picked, the call link, notes",
    collect: ({ userId }) => interviewsSection(userId),
  },
  { file: "conversations.json", describe: "the conversations you are part of, with every message", collect: ({ userId }) => conversationsSection(userId) },
  {
    file: "contracts.json",
    describe: "your contracts, their milestones and bonuses, submissions, disputes, changes to their terms, and hourly weeks with their time entries",
    collect: ({ userId }) => contractsSection(userId),
  },
  {
    file: "dispute-statements.json",
    describe: "the statements and evidence you gave in disputes (links, and the names of your files)",
    collect: ({ userId }) => disputeStatementsSection(userId),
  },
  {
    file: "payments.json",
    describe:
      "payments you made, payouts to you, refunds, receipts and credit notes, your earnings statements, ledger exports you asked for and the cards you saved (brand and last four digits)",
    collect: ({ userId }) => paymentsSection(userId),
  },
  {
    file: "notifications.json",
    describe: "the notifications and emails we sent you",
    collect: ({ userId, email }) => notificationsSection(userId, email),
  },
  {
    file: "files.json",
    describe: "the files you uploaded and documents made for you: names, sizes, types and dates",
    collect: ({ userId }) => filesSection(userId),
  },
  { file: "reviews.json", describe: "reviews you wrote and reviews of you", collect: ({ userId }) => reviewsSection(userId) },
  { file: "saved-experts.json", describe: "experts you saved to your company's list", collect: ({ userId }) => savedExpertsSection(userId) },
  { file: "audit-log.json", describe: "our audit log's entries about you and your actions", collect: ({ userId, email }) => auditSection(userId, email) },
];

export function readmeText(options: { name: string; createdAt: Date }) {
  const files = EXPORT_SECTIONS.map((section) => `  ${section.file.padEnd(26)} ${section.describe}`).join("\n");
  return `Your data from Vetted
=====================

Prepared for ${options.name} on ${options.createdAt.toISOString()}.

Each file is JSON (UTF-8). Times are ISO 8601 in UTC; amounts are whole cents beside an ISO 4217
currency code (12345 USD = $123.45).

${files}

People you dealt with appear by name only; their contact details are theirs, not part of your export.
Passwords are stored only as one-way hashes and are never exported.

Questions, or something missing? Write to privacy@vetted.test.
`;
}
