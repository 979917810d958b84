import { describe, expect, it } from "vitest";
import { assertLocalServer } from "../support/test-database";

describe("the test database guard", () => {
  it("accepts local servers", () => {
    expect(() => assertLocalServer("postgresql://u:p@localhost:5432/x")).not.toThrow();
    expect(() => assertLocalServer("postgresql://u:p@127.0.0.1:5432/x")).not.toThrow();
  });

  it("refuses any other host", () => {
    expect(() => assertLocalServer("postgresql://u:p@db.prod.example.com:5432/vetted")).toThrow(/Refusing/);
    expect(() => assertLocalServer("postgresql://u:p@10.0.0.5:5432/vetted")).toThrow(/Refusing/);
  });
});
