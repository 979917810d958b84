// A phone: what the mobile project (playwright.config.ts) runs its tests on, and what the mobile checks open their own contexts with.
export const PHONE_WIDTH = 375;
export const PHONE = { viewport: { width: PHONE_WIDTH, height: 812 }, isMobile: true, hasTouch: true } as const;

/** The tag of the tests the mobile project runs: the main journeys and the checks made for a phone. */
export const MOBILE_TAG = "@mobile";
