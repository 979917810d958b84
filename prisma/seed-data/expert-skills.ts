import type { SkillLevel } from "@/generated/prisma/enums";
import type { Archetype } from "./archetypes";
import type { Random } from "./random";

// An expert's skills: levels follow their seniority, years fit both the level and their career,
// and nobody claims more years of a tool than the tool has existed.

export type GeneratedSkill = { slug: string; level: SkillLevel; years: number; isPrimary: boolean };

export const LEVELS: readonly SkillLevel[] = ["JUNIOR", "MID", "SENIOR", "EXPERT"];

export const LEVEL_YEARS: Record<SkillLevel, readonly [min: number, max: number]> = {
  JUNIOR: [1, 2],
  MID: [2, 4],
  SENIOR: [4, 8],
  EXPERT: [7, 15],
};

const REFERENCE_YEAR = 2026;

const RELEASE_YEAR: Record<string, number> = {
  "large-language-models": 2020,
  "retrieval-augmented-generation": 2020,
  "openai-api": 2020,
  langchain: 2022,
  "llm-fine-tuning": 2019,
  "vector-databases": 2021,
  "prompt-engineering": 2020,
  "hugging-face-transformers": 2019,
  swiftui: 2019,
  "jetpack-compose": 2021,
  "kotlin-multiplatform": 2020,
  flutter: 2017,
  expo: 2016,
  "react-native": 2015,
  fastapi: 2018,
  nestjs: 2017,
  "next-js": 2016,
  vite: 2020,
  "tailwind-css": 2017,
  remix: 2021,
  "tanstack-query": 2020,
  svelte: 2016,
  nuxt: 2016,
  vitest: 2021,
  playwright: 2020,
  prisma: 2019,
  supabase: 2020,
  polars: 2021,
  dbt: 2016,
  "argo-cd": 2018,
  "github-actions": 2019,
  pulumi: 2018,
  "aws-cdk": 2019,
  mlflow: 2018,
  kubeflow: 2018,
  jax: 2018,
  pytorch: 2016,
  tensorflow: 2015,
  kubernetes: 2014,
  terraform: 2014,
  docker: 2013,
  helm: 2016,
  istio: 2017,
  k6: 2017,
  foundry: 2021,
  hardhat: 2019,
  solana: 2020,
  solidity: 2015,
  ethereum: 2015,
  "ethers-js": 2016,
  "web3-js": 2015,
  "zero-knowledge-proofs": 2016,
  defi: 2018,
  go: 2009,
  rust: 2015,
  swift: 2014,
  kotlin: 2016,
  dart: 2013,
  react: 2013,
  "vue-js": 2014,
  angular: 2016,
  graphql: 2015,
  typescript: 2012,
  "apache-airflow": 2015,
  databricks: 2014,
  figma: 2016,
  clickhouse: 2016,
  cockroachdb: 2015,
  timescaledb: 2017,
  dotnet: 2002,
  "aspnet-core": 2016,
  ros: 2010,
  webassembly: 2017,
};

function levelBelow(level: SkillLevel): SkillLevel {
  return LEVELS[Math.max(0, LEVELS.indexOf(level) - 1)];
}

export function skillWithYears(random: Random, slug: string, wantedLevel: SkillLevel, careerYears: number, isPrimary: boolean): GeneratedSkill {
  const maxForTool = REFERENCE_YEAR - (RELEASE_YEAR[slug] ?? 1990);
  const [minYears, maxYears] = LEVEL_YEARS[wantedLevel];
  const ceiling = Math.max(1, Math.min(maxYears, careerYears, maxForTool));
  const years = random.int(Math.min(minYears, ceiling), ceiling);
  let level = wantedLevel;
  while (level !== "JUNIOR" && years < LEVEL_YEARS[level][0]) level = levelBelow(level);
  return { slug, level, years, isPrimary };
}

/** 3–8 skills: the archetype's first two core skills, usually the rest of the core, then extras. */
export function generateSkills(random: Random, archetype: Archetype, seniority: SkillLevel, careerYears: number): GeneratedSkill[] {
  const core = archetype.core.filter((_, index) => index < 2 || random.chance(0.75));
  const target = random.int(Math.max(3, core.length), 8);
  const extras = random.sample(archetype.extras, target - core.length);
  return [
    ...core.map((slug, index) => {
      const isPrimary = index < 3;
      const level = isPrimary || random.chance(0.4) ? seniority : levelBelow(seniority);
      return skillWithYears(random, slug, level, careerYears, isPrimary);
    }),
    ...extras.map((slug) => skillWithYears(random, slug, random.chance(0.3) ? seniority : levelBelow(seniority), careerYears, false)),
  ];
}
