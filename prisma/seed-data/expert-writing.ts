import type { SkillLevel } from "@/generated/prisma/enums";
import type { Archetype } from "./archetypes";
import type { GeneratedSkill } from "./expert-skills";
import type { Random } from "./random";
import { SKILLS } from "./skills";

// Headline and bio written from the expert's own skills, so a search for a skill finds words that match.

const SKILL_NAMES = new Map(SKILLS.map((skill) => [skill.slug, skill.name]));

export function skillName(slug: string) {
  const name = SKILL_NAMES.get(slug);
  if (!name) throw new Error(`Seed archetype uses unknown skill "${slug}"`);
  return name;
}

const TITLES: Record<SkillLevel, readonly string[]> = {
  JUNIOR: ["Junior"],
  MID: [""],
  SENIOR: ["Senior"],
  EXPERT: ["Staff", "Principal", "Lead"],
};

const WORKING_STYLE = [
  "I write decisions down, ship in small increments and keep at least four hours of overlap with the team.",
  "Clients usually bring me in when they need senior hands who can also level up the people around them.",
  "I like joining teams mid-flight and leaving the codebase better tested and documented than I found it.",
  "I work well async and send a short written update at the end of every working day.",
  "I care about boring, observable systems: the best incident is the one nobody has to wake up for.",
  "Before writing code I make sure we agree on what done looks like and how we will measure it.",
];

function listOf(names: readonly string[]) {
  return names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} & ${names[names.length - 1]}`;
}

export function writeHeadline(random: Random, archetype: Archetype, seniority: SkillLevel, skills: readonly GeneratedSkill[]) {
  const title = [random.pick(TITLES[seniority]), archetype.role].filter(Boolean).join(" ");
  // "Python Backend Engineer — Python, …" says Python twice: leave out skills the title already names.
  const names = skills.map((skill) => skillName(skill.slug));
  const unsaid = names.filter((name) => !` ${title.toLowerCase()}`.includes(` ${name.toLowerCase()}`));
  return `${title} — ${listOf((unsaid.length ? unsaid : names).slice(0, 3))}`;
}

export function writeBio(random: Random, archetype: Archetype, careerYears: number, skills: readonly GeneratedSkill[]) {
  const [first, second, third] = skills.map((skill) => skillName(skill.slug));
  const years = careerYears === 1 ? "a year" : `${careerYears} years`;
  const build = random.pick(archetype.builds);
  const opening = random.pick([
    `${archetype.role} with ${years} of experience building ${build} with ${first} and ${second}.`,
    `I have spent ${years} building ${build}, mostly with ${first} and ${second}.`,
    `For ${years} I have been building ${build}; ${first} and ${second} are my daily tools.`,
  ]);
  const verb = random.pick(["Recently I led", "Lately I shipped", "My last engagement was", "Recent work includes"]);
  const project = `${verb} ${random.pick(archetype.projects)}${third ? ` using ${third}` : ""}.`;
  return [opening, project, ...(random.chance(0.7) ? [random.pick(WORKING_STYLE)] : [])].join(" ");
}
