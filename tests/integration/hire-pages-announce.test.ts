import { randomUUID } from "node:crypto";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { announceExpertHirePages } from "@/lib/hire-pages/announce-changes";
import { kebabCase } from "@/lib/hire-pages/groups";
import { listenForPageChanges } from "@/lib/hire-pages/listen-for-page-changes";
import { HIRE_PAGES_CHANNEL, parseChangePayload } from "@/lib/hire-pages/page-changes";
import { deleteAccountOperation } from "@/lib/privacy/delete-account.operation";
import { updateProfile } from "@/lib/vetting/application/update-profile";
import { createApprovedExperts } from "../fixtures/matching";
import { callOperation } from "../support/call-operation";

// Announcements reach every listener through PostgreSQL. Each test makes skills in categories of its
// own, so the paths it waits for are announced by no other test sharing the database.

const PASSWORD = "fixture password 123";

type Announced = { paths: string[] };
let listener: Client;
const announced: Announced[] = [];

beforeAll(async () => {
  listener = new Client({ connectionString: process.env.DATABASE_URL });
  listener.on("notification", (message) => {
    if (message.channel === HIRE_PAGES_CHANNEL && message.payload) announced.push({ paths: parseChangePayload(message.payload) ?? [] });
  });
  await listener.connect();
  await listener.query(`LISTEN ${HIRE_PAGES_CHANNEL}`);
});

afterAll(() => listener.end());

/** The first announcement naming `path`, once it arrives. */
async function announcementOf(path: string): Promise<string[]> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const found = announced.find((announcement) => announcement.paths.includes(path));
    if (found) return [...found.paths].sort();
    if (Date.now() > deadline) throw new Error(`nothing announced ${path}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A skill in a category of its own: its page and its group's page are this test's alone. */
async function createSkillWithGroup() {
  const uid = randomUUID().replace(/-/g, "").slice(0, 10);
  const category = `Announce ${uid}`;
  const skill = await db.skill.create({ data: { slug: `announced-skill-${uid}`, name: `Announced skill ${uid}`, category }, select: { id: true, slug: true } });
  return { id: skill.id, page: `/hire/${skill.slug}`, groupPage: `/hire/${kebabCase(category)}` };
}

async function createExpertWith(skill: { id: string }) {
  const [expert] = await createApprovedExperts(skill.id, 1);
  await db.expertProfile.update({ where: { userId: expert.id }, data: { approvedAt: new Date(), publicProfile: true } });
  return expert;
}

describe("announcing hiring page changes", () => {
  it("names the expert's skill pages and their groups' pages", async () => {
    const [first, second] = await Promise.all([createSkillWithGroup(), createSkillWithGroup()]);
    const expert = await createExpertWith(first);
    await db.expertSkill.create({ data: { expertProfileId: expert.expertProfileId!, skillId: second.id, level: "MID", years: 2 } });

    await announceExpertHirePages(expert.id);
    expect(await announcementOf(first.page)).toEqual([first.page, first.groupPage, second.page, second.groupPage].sort());
  });

  it("after opting out of a public profile, announces the expert's pages", async () => {
    const skill = await createSkillWithGroup();
    const expert = await createExpertWith(skill);
    await updateProfile({ user: expert, input: { publicProfile: false }, now: new Date() });
    expect(await announcementOf(skill.page)).toEqual([skill.page, skill.groupPage].sort());
  });

  it("after a change of skills, announces the pages of the skills before and after", async () => {
    const [before, after] = await Promise.all([createSkillWithGroup(), createSkillWithGroup()]);
    const expert = await createExpertWith(before);
    await updateProfile({ user: expert, input: { skills: [{ skillId: after.id, level: "SENIOR", years: 4 }] }, now: new Date() });
    expect(await announcementOf(before.page)).toEqual([before.page, before.groupPage, after.page, after.groupPage].sort());
  });

  it("after an account deletion, announces the pages the expert was on", async () => {
    const skill = await createSkillWithGroup();
    const expert = await createExpertWith(skill);
    const answer = await callOperation(deleteAccountOperation, expert, { body: { password: PASSWORD, confirmation: "DELETE" } });
    expect(answer.status).toBe(200);
    expect(await db.expertSkill.count({ where: { expertProfileId: expert.expertProfileId! } })).toBe(0);
    expect(await announcementOf(skill.page)).toEqual([skill.page, skill.groupPage].sort());
  });
});

describe("an instance's listener", () => {
  it("hears announcements, and after losing its connection reconnects, says so, and hears them again", async () => {
    const heard: string[][] = [];
    let reconnections = 0;
    const pageListener = listenForPageChanges({
      connectionString: String(process.env.DATABASE_URL),
      onPaths: (paths) => heard.push(paths),
      onReconnected: () => reconnections++,
    });
    const until = async (condition: () => boolean) => {
      for (const deadline = Date.now() + 10_000; !condition(); await new Promise((resolve) => setTimeout(resolve, 20))) {
        if (Date.now() > deadline) throw new Error("timed out");
      }
    };
    const skill = await createSkillWithGroup();
    const expert = await createExpertWith(skill);
    const hasHeard = () => heard.some((paths) => paths.includes(skill.page));
    try {
      // Announced until the listener, which connects in the background, hears one.
      await until(() => {
        if (!hasHeard()) void announceExpertHirePages(expert.id);
        return hasHeard();
      });
      await db.$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'vetted-hire-pages-listener'`;
      await until(() => reconnections === 1);
      heard.length = 0;
      await announceExpertHirePages(expert.id);
      await until(hasHeard);
    } finally {
      await pageListener.stop();
    }
  });
});
