// The one chromium set-up of the browser tests (test/browser): Debian's chromium driven by
// playwright-core, never a downloaded browser. CI (.ci/run) sets SOP_AP_REQUIRE_BROWSER=1, so
// there a missing browser (or font) fails the run; on a developer's machine without it the
// browser tests are reported as skipped, with the reason in the suite's title.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** Debian's chromium. */
export const CHROMIUM = '/usr/bin/chromium';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Whether Arial resolves to Liberation Sans (the widths the SOP document's layout measures with). */
function hasLiberation(): boolean {
  try {
    return execFileSync('fc-match', ['-f', '%{family}', 'Arial'], { encoding: 'utf8' }).includes('Liberation');
  } catch {
    return false;
  }
}

/** Why the browser tests cannot run here, or `undefined` when they can. */
function missingReason(fonts: boolean): string | undefined {
  if (!fonts) return existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is missing: the browser test needs Debian's chromium. Install it with \`apt-get install -y chromium\` (never a downloaded browser).`;
  return existsSync(CHROMIUM) && hasLiberation()
    ? undefined
    : `${CHROMIUM} or the Liberation Sans font is missing: the browser test needs Debian's chromium and fonts-liberation. Install them with \`apt-get install -y chromium fonts-liberation\` (never a downloaded browser).`;
}

/** Options of {@link useChromium}. */
export interface ChromiumOptions {
  /** Where the file's pages and screenshots go (created before the browser starts). */
  readonly out: string;
  readonly viewport: { readonly width: number; readonly height: number };
  /** The pages measure text: Liberation Sans (Arial's metrics) is needed too. */
  readonly fonts?: boolean;
  /** Runs once the browser is up, in the same `beforeAll` (a page the whole file shares). */
  readonly setup?: (browser: Chromium) => Promise<void>;
}

/** A page opened by {@link Chromium.open}, with what went wrong in it. */
export interface OpenedPage {
  readonly page: Page;
  /** Console errors and uncaught page errors (and failed requests, when asked). */
  readonly errors: string[];
}

/** The browser of one test file: started in `beforeAll`, closed (profile removed) in `afterAll`. */
export class Chromium {
  /** Why chromium cannot run here (`undefined` when it can). */
  readonly missing: string | undefined;
  /** The run requires the browser (`SOP_AP_REQUIRE_BROWSER=1`, as .ci/run sets): a missing one fails. */
  readonly required = process.env.SOP_AP_REQUIRE_BROWSER === '1';
  /** Chromium is missing and may be: the file's suite is skipped (`describe.skipIf(browser.skip)`). */
  readonly skip: boolean;
  private context: BrowserContext | undefined;
  private profile: string | undefined;

  constructor(fonts: boolean) {
    this.missing = missingReason(fonts);
    this.skip = this.missing !== undefined && !this.required;
  }

  /** The suite's title, with the reason it is skipped when it is. */
  title(name: string): string {
    return this.missing === undefined ? name : `${name} (skipped: ${this.missing})`;
  }

  /** Starts the browser; a missing one fails when it is required and is passed over otherwise. */
  async start(options: ChromiumOptions): Promise<void> {
    if (this.missing !== undefined) {
      if (!this.skip) throw new Error(this.missing);
      return;
    }
    mkdirSync(options.out, { recursive: true });
    this.profile = mkdtempSync(join(tmpdir(), 'sop-ap-chromium-'));
    this.context = await chromium.launchPersistentContext(this.profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { ...options.viewport } });
    await options.setup?.(this);
  }

  /** Closes the browser and removes its profile. */
  async stop(): Promise<void> {
    await this.context?.close();
    this.context = undefined;
    if (this.profile !== undefined) rmSync(this.profile, { recursive: true, force: true });
    this.profile = undefined;
  }

  /** A new blank page. */
  newPage(): Promise<Page> {
    if (this.context === undefined) throw new Error('chromium is not running');
    return this.context.newPage();
  }

  /**
   * Opens a file in a new page and collects its console errors and uncaught page errors, and
   * with `requestFailures` its failed requests.
   */
  async open(file: string, options: { readonly requestFailures?: boolean } = {}): Promise<OpenedPage> {
    const page = await this.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    if (options.requestFailures === true) page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { page, errors };
  }
}

/**
 * The browser of a test file: registers the `beforeAll` that starts it (60 s) and the
 * `afterAll` that closes it; call at the top of the file.
 *
 * @example
 * ```ts
 * const browser = useChromium({ out: resolve('test-results/monev'), viewport: { width: 900, height: 1200 } })
 * describe.skipIf(browser.skip)(browser.title('the monitoring page in chromium'), () => { … })
 * ```
 */
export function useChromium(options: ChromiumOptions): Chromium {
  const browser = new Chromium(options.fonts === true);
  beforeAll(() => browser.start(options), 60_000);
  afterAll(() => browser.stop());
  return browser;
}
