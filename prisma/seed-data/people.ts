import type { CompanyRole, Role } from "@/generated/prisma/enums";
import { DEMO_ACCOUNTS } from "@/lib/auth/demo-accounts";
import { buildDemoExpert } from "./demo-expert";
import { buildApprovedExperts, buildPipelineExperts, REFERENCE_DATE, type SeedExpert } from "./seed-experts";

// Everyone the seed creates: the admin, two client companies and their members, and the experts.

export type SeedUser = { key: string; email: string; name: string; role: Role; createdAt: Date };
export type SeedCompany = { id: string; name: string; website: string; createdAt: Date; members: { email: string; role: CompanyRole }[] };
export type SeedPeople = { admin: SeedUser; clients: SeedUser[]; companies: SeedCompany[]; experts: SeedExpert[] };

const daysBeforeReference = (days: number) => new Date(REFERENCE_DATE.getTime() - days * 86_400_000);

function demoAccount(role: Role) {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.role === role);
  if (!account) throw new Error(`No demo account for ${role}`);
  return account;
}

function client(key: string, email: string, name: string, daysAgo: number): SeedUser {
  return { key, email, name, role: "CLIENT", createdAt: daysBeforeReference(daysAgo) };
}

export function buildSeedPeople(): SeedPeople {
  const adminAccount = demoAccount("ADMIN");
  const clientAccount = demoAccount("CLIENT");
  const admin: SeedUser = { key: "admin", email: adminAccount.email, name: adminAccount.name, role: "ADMIN", createdAt: daysBeforeReference(1000) };
  const clients = [
    client("client-acme-owner", clientAccount.email, clientAccount.name, 120),
    client("client-acme-jordan", "jordan.ellis@acme.test", "Jordan Ellis", 110),
    client("client-acme-kenji", "kenji.watanabe@acme.test", "Kenji Watanabe", 95),
    client("client-northwind-fatima", "fatima.haddad@northwind-health.test", "Fatima Haddad", 80),
    client("client-northwind-lars", "lars.eriksen@northwind-health.test", "Lars Eriksen", 75),
  ];
  const companies: SeedCompany[] = [
    {
      id: "seed_company_acme",
      name: "Acme Robotics",
      website: "https://acme-robotics.example.com",
      createdAt: daysBeforeReference(120),
      members: [
        { email: clientAccount.email, role: "OWNER" },
        { email: "jordan.ellis@acme.test", role: "HIRING_MANAGER" },
        { email: "kenji.watanabe@acme.test", role: "FINANCE" },
      ],
    },
    {
      id: "seed_company_northwind",
      name: "Northwind Health",
      website: "https://northwind-health.example.com",
      createdAt: daysBeforeReference(80),
      members: [
        { email: "fatima.haddad@northwind-health.test", role: "OWNER" },
        { email: "lars.eriksen@northwind-health.test", role: "HIRING_MANAGER" },
      ],
    },
  ];
  const experts = [buildDemoExpert(demoAccount("EXPERT")), ...buildApprovedExperts(), ...buildPipelineExperts()];
  return { admin, clients, companies, experts };
}
