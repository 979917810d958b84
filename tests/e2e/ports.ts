// The two app instances of this e2e run. Playwright's config takes both from the OS once and hands
// them to every worker through the environment (tests/e2e/server.ts starts the apps on them).

export const E2E_PORT = Number(process.env.E2E_PORT);
export const E2E_SECOND_PORT = Number(process.env.E2E_SECOND_PORT);
export const PRIMARY_URL = `http://localhost:${E2E_PORT}`;
export const SECOND_URL = `http://localhost:${E2E_SECOND_PORT}`;
