// Kinds of expert, each with a coherent skill set: `core` skills in order of importance (the first two
// always, the rest usually), plus a few `extras`. Weights give the mix of the seeded marketplace.

export type LinkKind = "github" | "gitlab" | "linkedin" | "portfolio" | "dribbble";

export type Archetype = {
  key: string;
  role: string;
  core: readonly string[];
  extras: readonly string[];
  builds: readonly string[];
  projects: readonly string[];
  rateFactor: number;
  weight: number;
  links: readonly LinkKind[];
};

const CODE_LINKS: readonly LinkKind[] = ["github", "linkedin"];

export const ARCHETYPES: readonly Archetype[] = [
  {
    key: "python-backend",
    role: "Python Backend Engineer",
    weight: 14,
    rateFactor: 1,
    links: CODE_LINKS,
    core: ["python", "fastapi", "django", "postgresql", "docker"],
    extras: ["redis", "celery", "sqlalchemy", "django-rest-framework", "flask", "aws", "pytest", "rest-api-design", "rabbitmq"],
    builds: ["high-throughput APIs", "multi-tenant SaaS backends", "payment and billing services"],
    projects: ["an async order-processing API", "a claims-processing backend for a health insurer", "a Django-to-FastAPI migration"],
  },
  {
    key: "node-backend",
    role: "Node.js Backend Engineer",
    weight: 9,
    rateFactor: 1,
    links: CODE_LINKS,
    core: ["node-js", "typescript", "postgresql", "nestjs", "express"],
    extras: ["graphql", "redis", "mongodb", "docker", "aws", "prisma", "rabbitmq", "websockets", "jest"],
    builds: ["real-time APIs", "event-driven backends", "GraphQL gateways"],
    projects: ["a real-time logistics tracking API", "a GraphQL federation layer", "a subscription billing service on Stripe"],
  },
  {
    key: "go-backend",
    role: "Go Engineer",
    weight: 6,
    rateFactor: 1.1,
    links: CODE_LINKS,
    core: ["go", "postgresql", "grpc", "docker", "kubernetes"],
    extras: ["apache-kafka", "redis", "microservices", "system-design", "prometheus", "aws", "google-cloud"],
    builds: ["low-latency services", "distributed systems", "internal platforms"],
    projects: ["a payments ledger handling 5k writes per second", "a gRPC service mesh migration", "a streaming ingestion pipeline"],
  },
  {
    key: "jvm-backend",
    role: "Java Backend Engineer",
    weight: 6,
    rateFactor: 1.05,
    links: CODE_LINKS,
    core: ["java", "spring-boot", "postgresql", "microservices", "kotlin"],
    extras: ["apache-kafka", "hibernate", "docker", "kubernetes", "aws", "junit", "system-design", "oracle-database"],
    builds: ["banking-grade backends", "microservice platforms", "integration services"],
    projects: ["a core-banking microservice split", "an event-sourced inventory system", "a Kafka-based fraud alert service"],
  },
  {
    key: "rails",
    role: "Ruby on Rails Developer",
    weight: 4,
    rateFactor: 1,
    links: CODE_LINKS,
    core: ["ruby", "ruby-on-rails", "postgresql", "redis"],
    extras: ["sidekiq", "rspec", "react", "aws", "stripe-payments", "elasticsearch"],
    builds: ["marketplace backends", "B2B SaaS products", "e-commerce platforms"],
    projects: ["a Rails 4 to 7 upgrade", "a two-sided marketplace MVP", "a background job overhaul with Sidekiq"],
  },
  {
    key: "php",
    role: "PHP Developer",
    weight: 3,
    rateFactor: 0.85,
    links: CODE_LINKS,
    core: ["php", "laravel", "mysql", "vue-js"],
    extras: ["symfony", "redis", "docker", "rest-api-design", "aws"],
    builds: ["content platforms", "e-commerce backends", "admin dashboards"],
    projects: ["a Laravel booking platform", "a Symfony API for a retailer", "a legacy PHP 5 modernization"],
  },
  {
    key: "dotnet",
    role: ".NET Engineer",
    weight: 4,
    rateFactor: 1,
    links: CODE_LINKS,
    core: ["csharp", "dotnet", "aspnet-core", "sql-server", "azure"],
    extras: ["entity-framework", "microservices", "docker", "react", "angular"],
    builds: ["enterprise line-of-business apps", "Azure-native services", "internal tooling"],
    projects: ["an insurance quoting engine", "an ASP.NET Core migration from .NET Framework", "an Azure Functions data sync"],
  },
  {
    key: "react-frontend",
    role: "Frontend Engineer",
    weight: 12,
    rateFactor: 0.95,
    links: CODE_LINKS,
    core: ["react", "typescript", "next-js", "tailwind-css", "javascript"],
    extras: ["redux", "tanstack-query", "graphql", "storybook", "web-accessibility", "web-performance", "jest", "playwright", "css", "vite"],
    builds: ["fast, accessible web apps", "design-system-driven frontends", "data-heavy dashboards"],
    projects: ["a Next.js storefront with sub-second loads", "a component library used by five teams", "an analytics dashboard rewrite"],
  },
  {
    key: "vue-frontend",
    role: "Frontend Developer",
    weight: 4,
    rateFactor: 0.9,
    links: CODE_LINKS,
    core: ["vue-js", "typescript", "javascript", "nuxt"],
    extras: ["angular", "rxjs", "sass", "html", "css", "webpack", "jest", "cypress"],
    builds: ["enterprise single-page apps", "customer portals", "internal admin tools"],
    projects: ["an AngularJS to Angular migration", "a Nuxt marketing site with a CMS", "a Vue 2 to Vue 3 upgrade"],
  },
  {
    key: "fullstack-js",
    role: "Full-Stack Engineer",
    weight: 10,
    rateFactor: 1,
    links: CODE_LINKS,
    core: ["typescript", "react", "node-js", "next-js", "postgresql"],
    extras: ["prisma", "graphql", "tailwind-css", "aws", "docker", "stripe-payments", "vitest", "redis", "supabase"],
    builds: ["SaaS products end to end", "MVPs for funded startups", "internal platforms"],
    projects: ["a B2B SaaS from zero to first revenue", "a multi-tenant admin app on Next.js", "a usage-based billing integration"],
  },
  {
    key: "ios",
    role: "iOS Engineer",
    weight: 4,
    rateFactor: 1.05,
    links: CODE_LINKS,
    core: ["swift", "ios-development", "swiftui", "uikit"],
    extras: ["objective-c", "firebase", "rest-api-design", "ci-cd"],
    builds: ["polished consumer iOS apps", "offline-first mobile apps", "health and fitness apps"],
    projects: ["a SwiftUI rewrite of a banking app", "an offline-first field-service app", "a HealthKit integration"],
  },
  {
    key: "android",
    role: "Android Engineer",
    weight: 4,
    rateFactor: 1,
    links: CODE_LINKS,
    core: ["kotlin", "android-development", "jetpack-compose", "java"],
    extras: ["firebase", "kotlin-multiplatform", "rest-api-design", "ci-cd"],
    builds: ["Android apps used by millions", "offline-capable mobile apps", "fintech mobile clients"],
    projects: ["a Jetpack Compose migration", "a ride-hailing driver app", "a shared Kotlin Multiplatform core"],
  },
  {
    key: "react-native",
    role: "React Native Developer",
    weight: 3,
    rateFactor: 0.95,
    links: CODE_LINKS,
    core: ["react-native", "typescript", "react", "expo"],
    extras: ["firebase", "redux", "ios-development", "android-development", "graphql", "jest"],
    builds: ["cross-platform mobile apps", "consumer apps on a startup budget", "companion apps for hardware"],
    projects: ["an app shipped to both stores in eight weeks", "an offline-sync field app", "a fitness app with wearable sync"],
  },
  {
    key: "flutter",
    role: "Flutter Developer",
    weight: 3,
    rateFactor: 0.9,
    links: CODE_LINKS,
    core: ["flutter", "dart", "firebase"],
    extras: ["ios-development", "android-development", "rest-api-design", "ci-cd", "kotlin", "swift"],
    builds: ["cross-platform mobile apps", "telehealth and booking apps", "apps with one codebase for six platforms"],
    projects: ["a Flutter telehealth app", "a white-label ordering app for restaurants", "a Flutter rewrite of two native apps"],
  },
];
