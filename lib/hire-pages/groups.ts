// Skill categories as public group pages (/hire/<slug>). A group slug must never equal a skill slug:
// both live under /hire/, which is why "ML/AI" is not "machine-learning" (a skill of its own).

export type SkillGroup = {
  slug: string;
  /** Fits "Hire a … expert" and "Hire … experts". */
  name: string;
  /** One sentence about the group, for the page description. */
  summary: string;
  /** What an expert in one skill of the group does, after "<Skill> experts …". */
  skillWork: string;
};

const GROUPS: Readonly<Record<string, SkillGroup>> = {
  Backend: {
    slug: "backend-development",
    name: "Backend",
    summary: "Backend experts design, build and run the APIs, services and background jobs behind a product.",
    skillWork: "build and run the APIs, services and background jobs behind a product",
  },
  Databases: {
    slug: "databases",
    name: "Database",
    summary: "Database experts model data, tune slow queries and keep production databases fast, safe and backed up.",
    skillWork: "model data, tune queries and keep production databases fast and safe",
  },
  Frontend: {
    slug: "frontend-development",
    name: "Frontend",
    summary: "Frontend experts build fast, accessible web interfaces that people enjoy using.",
    skillWork: "build fast, accessible web interfaces",
  },
  Languages: {
    slug: "programming-languages",
    name: "Programming Language",
    summary: "Experts in a programming language write, review and modernise code in it, from scripts to large systems.",
    skillWork: "write, review and modernise production code",
  },
  Mobile: {
    slug: "mobile-development",
    name: "Mobile",
    summary: "Mobile experts build, ship and maintain native and cross-platform apps for iOS and Android.",
    skillWork: "build, ship and maintain mobile apps",
  },
  Blockchain: {
    slug: "blockchain",
    name: "Blockchain",
    summary: "Blockchain experts write and audit smart contracts and the applications that use them.",
    skillWork: "write and audit smart contracts and the applications around them",
  },
  Data: {
    slug: "data-engineering",
    name: "Data Engineering",
    summary: "Data engineering experts build the pipelines, warehouses and models that turn raw data into answers.",
    skillWork: "build data pipelines, warehouses and analyses",
  },
  Design: {
    slug: "design",
    name: "Design",
    summary: "Design experts research, design and prototype products, from user flows to design systems.",
    skillWork: "research, design and prototype products",
  },
  "DevOps/Cloud": {
    slug: "devops",
    name: "DevOps & Cloud",
    summary: "DevOps and cloud experts automate infrastructure, deployments and monitoring so teams ship safely.",
    skillWork: "automate infrastructure, deployments and monitoring",
  },
  "Embedded & Robotics": {
    slug: "embedded-robotics",
    name: "Embedded & Robotics",
    summary: "Embedded and robotics experts write firmware and control software for devices, sensors and robots.",
    skillWork: "write firmware and control software for devices and robots",
  },
  "ML/AI": {
    slug: "ai-machine-learning",
    name: "AI & Machine Learning",
    summary: "AI and machine learning experts train, evaluate and deploy models and the products built on them.",
    skillWork: "train, evaluate and deploy machine learning models",
  },
  Product: {
    slug: "product",
    name: "Product",
    summary: "Product experts decide what to build and why, and measure whether it worked.",
    skillWork: "shape what gets built and measure whether it worked",
  },
  QA: {
    slug: "quality-assurance",
    name: "QA & Testing",
    summary: "QA and testing experts build automated test suites and release checks that catch bugs before users do.",
    skillWork: "build automated tests that catch bugs before users do",
  },
  Security: {
    slug: "security",
    name: "Security",
    summary: "Security experts find and fix vulnerabilities in applications, infrastructure and processes.",
    skillWork: "find and fix vulnerabilities in applications and infrastructure",
  },
};

/** The categories the table names, for tests that check the seeded taxonomy is covered. */
export const MAPPED_CATEGORIES: readonly string[] = Object.keys(GROUPS);

export function kebabCase(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** The group page of a category; a category the table does not know yet still gets a page. */
export function groupOf(category: string): SkillGroup {
  return (
    GROUPS[category] ?? {
      slug: kebabCase(category),
      name: category,
      summary: `${category} experts on Vetted are vetted by our team before they can be hired.`,
      skillWork: "deliver production work after passing our vetting",
    }
  );
}

export function skillSummary(skillName: string, category: string): string {
  return `${skillName} experts ${groupOf(category).skillWork}.`;
}
