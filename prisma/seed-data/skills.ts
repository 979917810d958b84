import { ENGINEERING_SKILLS } from "./skill-taxonomy-engineering";
import { SPECIALTY_SKILLS } from "./skill-taxonomy-specialties";
import type { SeedSkill } from "./skill-group";

export type { SeedSkill };

/** The skill taxonomy: real skills, each with the lower-cased aliases people search by. */
export const SKILLS: readonly SeedSkill[] = [...ENGINEERING_SKILLS, ...SPECIALTY_SKILLS];
