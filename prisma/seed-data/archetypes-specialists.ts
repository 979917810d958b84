import type { Archetype, LinkKind } from "./archetypes";

const CODE_LINKS: readonly LinkKind[] = ["github", "linkedin"];

export const SPECIALIST_ARCHETYPES: readonly Archetype[] = [
  {
    key: "ml-engineer", role: "Machine Learning Engineer", weight: 10, rateFactor: 1.2, links: CODE_LINKS,
    core: ["python", "pytorch", "machine-learning", "mlops", "deep-learning"],
    extras: ["tensorflow", "scikit-learn", "hugging-face-transformers", "mlflow", "kubeflow", "computer-vision", "natural-language-processing", "docker", "aws", "numpy"],
    builds: ["production ML systems", "model training and serving pipelines", "ranking and recommendation models"],
    projects: ["a demand forecasting model in production", "a GPU inference service with autoscaling", "a recommendation engine for a retailer"],
  },
  {
    key: "llm-engineer", role: "AI Engineer", weight: 7, rateFactor: 1.25, links: CODE_LINKS,
    core: ["python", "large-language-models", "retrieval-augmented-generation", "langchain", "openai-api"],
    extras: ["vector-databases", "prompt-engineering", "llm-fine-tuning", "hugging-face-transformers", "fastapi", "pytorch", "natural-language-processing"],
    builds: ["LLM-powered product features", "retrieval-augmented assistants", "evaluation pipelines for AI features"],
    projects: ["a support assistant grounded in 40k help articles", "an LLM evaluation harness", "a document extraction pipeline"],
  },
  {
    key: "data-engineer", role: "Data Engineer", weight: 8, rateFactor: 1.05, links: CODE_LINKS,
    core: ["python", "sql", "apache-spark", "apache-airflow", "dbt"],
    extras: ["snowflake", "bigquery", "apache-kafka", "databricks", "amazon-redshift", "etl-pipelines", "data-modeling", "aws", "terraform"],
    builds: ["reliable data platforms", "batch and streaming pipelines", "analytics warehouses"],
    projects: ["a warehouse migration to Snowflake", "a Kafka-to-lakehouse streaming pipeline", "a dbt project with tested models"],
  },
  {
    key: "data-scientist", role: "Data Scientist", weight: 5, rateFactor: 1.05, links: CODE_LINKS,
    core: ["python", "statistics", "pandas", "sql", "scikit-learn"],
    extras: ["ab-testing", "r", "tableau", "power-bi", "xgboost", "time-series-forecasting", "looker", "numpy"],
    builds: ["decision-ready analyses", "experimentation programs", "forecasting models"],
    projects: ["a pricing experiment that lifted revenue 6%", "a churn model for a subscription business", "a KPI dashboard suite"],
  },
  {
    key: "devops", role: "DevOps Engineer", weight: 10, rateFactor: 1.1, links: CODE_LINKS,
    core: ["kubernetes", "terraform", "aws", "docker", "ci-cd"],
    extras: ["helm", "argo-cd", "github-actions", "prometheus", "grafana", "linux", "google-cloud", "azure", "ansible", "observability", "site-reliability-engineering"],
    builds: ["cloud infrastructure as code", "Kubernetes platforms", "CI/CD pipelines teams trust"],
    projects: ["an EKS platform with GitOps deploys", "a Terraform rewrite of hand-built AWS accounts", "an on-call and alerting overhaul"],
  },
  {
    key: "security", role: "Security Engineer", weight: 4, rateFactor: 1.2, links: ["linkedin", "github"],
    core: ["application-security", "penetration-testing", "cloud-security", "owasp-top-10"],
    extras: ["threat-modeling", "devsecops", "identity-access-management", "oauth-oidc", "soc-2", "hipaa-compliance", "incident-response", "python"],
    builds: ["secure-by-default systems", "security programs for growing startups", "audit-ready cloud estates"],
    projects: ["a SOC 2 Type II readiness program", "a penetration test of a fintech API", "an SSO rollout with OIDC"],
  },
  {
    key: "designer", role: "Product Designer", weight: 6, rateFactor: 0.9, links: ["portfolio", "dribbble", "linkedin"],
    core: ["figma", "product-design", "ux-design", "ui-design"],
    extras: ["design-systems", "user-research", "prototyping", "interaction-design", "motion-design", "brand-design", "web-accessibility"],
    builds: ["products people understand on first use", "design systems", "onboarding flows that convert"],
    projects: ["a design system adopted across three products", "an onboarding redesign that halved drop-off", "a clinician-facing scheduling app"],
  },
  {
    key: "product-manager", role: "Product Manager", weight: 4, rateFactor: 1.05, links: ["linkedin"],
    core: ["product-management", "product-strategy", "roadmapping", "agile"],
    extras: ["product-analytics", "scrum", "jira", "ab-testing", "user-research", "technical-writing", "engineering-management"],
    builds: ["products from discovery to launch", "roadmaps teams can deliver", "data-informed product teams"],
    projects: ["a marketplace launch in two new countries", "a pricing and packaging overhaul", "a platform API for partners"],
  },
  {
    key: "qa", role: "QA Automation Engineer", weight: 5, rateFactor: 0.85, links: CODE_LINKS,
    core: ["test-automation", "playwright", "cypress", "api-testing"],
    extras: ["selenium", "jest", "pytest", "appium", "performance-testing", "k6", "typescript", "ci-cd", "manual-testing"],
    builds: ["test suites that catch regressions before users do", "release pipelines with quality gates", "load-tested systems"],
    projects: ["a Playwright suite replacing manual regression", "a load test ahead of a launch", "mobile end-to-end tests with Appium"],
  },
  {
    key: "blockchain", role: "Smart Contract Engineer", weight: 3, rateFactor: 1.25, links: CODE_LINKS,
    core: ["solidity", "ethereum", "smart-contracts", "hardhat"],
    extras: ["foundry", "ethers-js", "web3-js", "defi", "zero-knowledge-proofs", "solana", "rust", "typescript"],
    builds: ["audited smart contracts", "DeFi protocols", "wallet and dApp integrations"],
    projects: ["a staking contract audit and fix", "a cross-chain bridge integration", "a gas optimization pass that cut fees 40%"],
  },
  {
    key: "robotics", role: "Robotics Software Engineer", weight: 3, rateFactor: 1.15, links: CODE_LINKS,
    core: ["cpp", "ros", "python", "computer-vision", "linux"],
    extras: ["embedded-systems", "rtos", "opencv", "c", "docker", "reinforcement-learning"],
    builds: ["perception and control software", "robot fleets in production", "embedded firmware"],
    projects: ["a pick-and-place vision pipeline", "a ROS 1 to ROS 2 migration", "firmware for a warehouse robot"],
  },
  {
    key: "database", role: "Database Engineer", weight: 3, rateFactor: 1.1, links: CODE_LINKS,
    core: ["postgresql", "database-performance-tuning", "sql", "mysql"],
    extras: ["redis", "elasticsearch", "mongodb", "clickhouse", "timescaledb", "cockroachdb", "aws", "linux"],
    builds: ["databases that stay fast under load", "zero-downtime migrations", "replication and backup strategies"],
    projects: ["a 4 TB PostgreSQL upgrade with no downtime", "query tuning that cut p99 latency tenfold", "a sharding plan for a SaaS"],
  },
];
