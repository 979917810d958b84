import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";
import { freePortSync } from "./scripts/free-port";
import { MOBILE_TAG, PHONE } from "./tests/e2e/mobile/device";

// Both app instances take free ports from the OS; workers inherit them through the environment.
process.env.E2E_PORT ??= String(freePortSync());
process.env.E2E_SECOND_PORT ??= String(freePortSync());
const port = process.env.E2E_PORT;
const debianChromium = "/usr/bin/chromium";
// Debian's chromium where it exists (Playwright cannot download its own browser offline); else Playwright's.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync(debianChromium) ? debianChromium : undefined);

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.e2e.ts",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-reports/e2e.json" }]],
  // The malformed-input run asserts that the database did not change, so it runs alone, after the rest;
  // the log scan reads what the whole run logged, so it comes last. The mobile project runs the main journeys
  // (tagged @mobile) again on a phone, and the phone-only checks (*.mobile.e2e.ts), after the desktop run:
  // the journeys reuse the seeded accounts, so a journey must not run on both at once.
  // Alone: `npx playwright test --project=mobile --no-deps`.
  projects: [
    { name: "e2e", testIgnore: ["**/malformed-input.e2e.ts", "**/log-scan.e2e.ts", "**/*.mobile.e2e.ts"] },
    {
      name: "mobile",
      testIgnore: ["**/malformed-input.e2e.ts", "**/log-scan.e2e.ts"],
      grep: new RegExp(MOBILE_TAG),
      use: { ...PHONE },
      dependencies: ["e2e"],
    },
    { name: "malformed-input", testMatch: "**/malformed-input.e2e.ts", dependencies: ["e2e", "mobile"] },
    { name: "log-scan", testMatch: "**/log-scan.e2e.ts", dependencies: ["malformed-input"] },
  ],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: {
    command: "npx tsx tests/e2e/server.ts",
    url: `http://localhost:${port}/api/health`,
    timeout: 900_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    env: { E2E_PORT: port, E2E_SECOND_PORT: process.env.E2E_SECOND_PORT },
  },
});
