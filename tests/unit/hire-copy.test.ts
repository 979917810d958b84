import { describe, expect, it } from "vitest";
import { hireHeading, startRequestHref, withArticle } from "@/components/hire/hire-copy";

describe("the hiring pages' words", () => {
  it.each([
    ["FastAPI", "a FastAPI"],
    ["Elixir", "an Elixir"],
    ["Angular", "an Angular"],
    ["iOS development", "an iOS development"],
    ["SQL", "an SQL"],
    ["AWS", "an AWS"],
    ["MLOps", "an MLOps"],
    ["R", "an R"],
    ["UX design", "a UX design"],
    ["Unity", "a Unity"],
    ["GraphQL", "a GraphQL"],
    ["Kubernetes", "a Kubernetes"],
  ])("%s takes %s", (name, expected) => {
    expect(withArticle(name)).toBe(expected);
  });

  it("names a skill's expert in the singular and a group's in the plural", () => {
    expect(hireHeading({ slug: "fastapi", name: "FastAPI", kind: "skill" })).toBe("Hire a FastAPI expert");
    expect(hireHeading({ slug: "backend", name: "backend", kind: "group" })).toBe("Hire backend experts");
  });

  it("starts a request with the skill, or with the group as its title", () => {
    expect(startRequestHref({ slug: "fastapi", name: "FastAPI", kind: "skill" })).toBe("/start?skill=fastapi");
    expect(startRequestHref({ slug: "data-engineering", name: "data engineering", kind: "group" })).toBe("/start?title=Data+engineering+expert");
  });
});
