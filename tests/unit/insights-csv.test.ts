import { describe, expect, it } from "vitest";
import { chartCsv, chartCsvFileName } from "@/lib/insights/chart-table";

describe("a chart's CSV", () => {
  it("is RFC 4180 with a byte order mark: amounts as decimals with the currency in the header, shares as percentages", () => {
    const csv = chartCsv({
      currency: "EUR",
      columns: [
        { key: "week", label: "Week of", kind: "text" },
        { key: "gmvCents", label: "GMV", kind: "cents" },
        { key: "hitRate", label: "Hit rate", kind: "share" },
        { key: "count", label: "Requests", kind: "count" },
      ],
      rows: [
        { week: "2026-11-30", gmvCents: 123_456, hitRate: 2 / 3, count: 4 },
        { week: "2026-12-07", gmvCents: -5, hitRate: null, count: 0 },
      ],
    });
    expect(csv).toBe("\uFEFFWeek of,GMV (EUR),Hit rate (%),Requests\r\n2026-11-30,1234.56,66.7,4\r\n2026-12-07,-0.05,,0\r\n");
  });

  it("quotes commas and quotes and defuses text that a spreadsheet would run as a formula", () => {
    const csv = chartCsv({
      currency: null,
      columns: [
        { key: "skill", label: "Skill", kind: "text" },
        { key: "requests", label: "Requests", kind: "count" },
      ],
      rows: [
        { skill: '=HYPERLINK("http://x")', requests: 1 },
        { skill: "C, C++", requests: 2 },
      ],
    });
    expect(csv.split("\r\n")).toEqual(["\uFEFFSkill,Requests", `"'=HYPERLINK(""http://x"")",1`, '"C, C++",2', ""]);
  });

  it("names the file after the chart and the range, with nothing a file system would trip on", () => {
    expect(chartCsvFileName({ id: "money-usd" }, "2026-09-14-to-2026-12-06")).toBe("vetted-money-usd-2026-09-14-to-2026-12-06.csv");
    expect(chartCsvFileName({ id: "a/b" }, "x y")).toBe("vetted-a-b-x-y.csv");
  });
});
