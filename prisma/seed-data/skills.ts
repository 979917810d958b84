import type { SeedSkill } from "./skill-group";
import { ENGINEERING_SKILLS } from "./skill-taxonomy-engineering";
import { SPECIALTY_SKILLS } from "./skill-taxonomy-specialties";

export type { SeedSkill };

/** The skill taxonomy: real skills, each with the lower-cased aliases people search by. */
export const SKILLS: readonly SeedSkill[] = [...ENGINEERING_SKILLS, ...SPECIALTY_SKILLS];
