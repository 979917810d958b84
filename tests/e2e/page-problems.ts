import type { Browser, BrowserContext, Request, Response } from "@playwright/test";

// What a page may not do in any e2e test: log a console error, throw, lose a request, answer 5xx, or
// ask for a file of its own that is not there (a 404 for /favicon.ico, a script, a stylesheet, a font).
// A test that provokes one on purpose names it with `test.use({ allowedConsoleErrors: [/.../] })`.

/** The browser's own line for every answer of 400 or more; the status is judged from the response instead. */
const FAILED_LOAD_LINE = /^Failed to load resource: the server responded with a status of \d+/;
/** Resource types a page loads by itself; a 404 for one of them is a missing file, not an API's answer. */
const OWN_FILE_TYPES = new Set(["stylesheet", "image", "media", "font", "script", "manifest", "texttrack", "other"]);

/** The problems seen in one test's browser contexts, checked when the test ends. */
export class PageProblems {
  readonly seen: string[] = [];
  private readonly watched = new WeakSet<BrowserContext>();

  watch(context: BrowserContext) {
    if (this.watched.has(context)) return;
    this.watched.add(context);
    context.on("console", (message) => {
      if (message.type() !== "error" || FAILED_LOAD_LINE.test(message.text())) return;
      this.seen.push(`console.error on ${message.page()?.url() ?? "a worker"}: ${message.text()}`);
    });
    context.on("weberror", (error) => this.seen.push(`uncaught error on ${error.page()?.url() ?? "a worker"}: ${error.error().message}`));
    context.on("requestfailed", (request) => this.onFailedRequest(request));
    context.on("response", (response) => this.onResponse(response));
  }

  /** Every context the test opens itself through `browser.newContext()` / `browser.newPage()` is watched too. */
  watchBrowser(browser: Browser) {
    const newContext = browser.newContext.bind(browser);
    const newPage = browser.newPage.bind(browser);
    browser.newContext = async (...options) => {
      const context = await newContext(...options);
      this.watch(context);
      return context;
    };
    browser.newPage = async (...options) => {
      const page = await newPage(...options);
      this.watch(page.context());
      return page;
    };
    return () => {
      browser.newContext = newContext;
      browser.newPage = newPage;
    };
  }

  /** The problems not covered by the test's own allowances. */
  unexpected(allowed: readonly RegExp[]) {
    return this.seen.filter((problem) => !allowed.some((pattern) => pattern.test(problem)));
  }

  private onFailedRequest(request: Request) {
    const reason = request.failure()?.errorText ?? "failed";
    // A navigation or a closed page cancels what is still loading (prefetches, event streams): not a failure.
    if (reason === "net::ERR_ABORTED") return;
    // A script the page's policy refuses is logged by the browser as a console error, caught above; with
    // JavaScript off, Chromium refuses every script this way, and that is the point of such a test.
    if (reason === "csp") return;
    this.seen.push(`request failed: ${request.method()} ${request.url()} (${reason})`);
  }

  private onResponse(response: Response) {
    const request = response.request();
    const status = response.status();
    if (status >= 500) this.seen.push(`server error: ${request.method()} ${response.url()} answered ${status}`);
    else if (status === 404 && OWN_FILE_TYPES.has(request.resourceType()) && isSameOrigin(request))
      this.seen.push(`missing file: ${response.url()} (404, ${request.resourceType()}) on ${pageOf(request)}`);
  }
}

function isSameOrigin(request: Request) {
  try {
    return new URL(request.url()).origin === new URL(request.frame().url()).origin;
  } catch {
    return false;
  }
}

function pageOf(request: Request) {
  try {
    return request.frame().url();
  } catch {
    return "a worker";
  }
}
