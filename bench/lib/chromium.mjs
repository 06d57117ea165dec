// The peers' browsers: Debian's Chromium with the agreed flags, driven either by
// a minimal DevTools client over --remote-debugging-pipe (the floor) or by
// Playwright (playwright-core from bench/package-lock.json; no browser download).
import { onCleanup, spawnTracked, stopChild, tempDir, sleep } from './procs.mjs';

export const CHROMIUM = process.env.BENCH_CHROMIUM || '/usr/bin/chromium-headless-shell';

/** The flags every peer browser gets (Playwright adds its own fresh --user-data-dir). */
export const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The features browserai's own browsers run without (src/cdp/cdp.c, its
 * --disable-features): bench/cost's raw DevTools variants repeat browserai's
 * browser work, so they get them too; the peers keep FLAGS as they are.
 */
export const BROWSERAI_FEATURES_OFF = '--disable-features=Translate,MediaRouter,OptimizationHints,WebUIOmniboxPopup,WebUIOmniboxAimPopup,SpareRendererForSitePerProcess';

/**
 * A Chromium driven over --remote-debugging-pipe by a few lines of code: NUL-
 * terminated JSON on fds 3 (to the browser) and 4 (from it), flattened sessions.
 */
export class PipeBrowser {
  /** Launches Chromium with FLAGS (or `flags`) and --headless=new. */
  static async launch({ flags = FLAGS } = {}) {
    const b = new PipeBrowser();
    const profile = await tempDir('floor-profile');
    b.child = spawnTracked(CHROMIUM, [...flags, '--headless=new', '--remote-debugging-pipe',
      `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
    b.out = b.child.stdio[3];
    b.in = b.child.stdio[4];
    b.nextId = 1;
    b.pending = new Map();
    b.waiters = [];
    let buf = Buffer.alloc(0);
    b.in.on('data', (d) => {
      buf = Buffer.concat([buf, d]);
      let i;
      while ((i = buf.indexOf(0)) >= 0) {
        const msg = JSON.parse(buf.subarray(0, i).toString('utf8'));
        buf = buf.subarray(i + 1);
        b.dispatch(msg);
      }
    });
    b.in.on('error', () => {});
    b.out.on('error', () => {});
    onCleanup(() => b.close());
    await b.send('Browser.getVersion');
    return b;
  }

  dispatch(msg) {
    if (msg.id !== undefined) {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (!p) return;
      if (msg.error) p.reject(new Error(`${p.method}: ${msg.error.message}`));
      else p.resolve(msg.result);
      return;
    }
    this.waiters = this.waiters.filter((w) => {
      if (w.method !== msg.method || w.sessionId !== msg.sessionId) return true;
      w.resolve(msg.params);
      return false;
    });
  }

  send(method, params = {}, sessionId) {
    const id = this.nextId++;
    const msg = { id, method, params };
    if (sessionId) msg.sessionId = sessionId;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, method });
      this.out.write(JSON.stringify(msg) + '\0');
    });
  }

  /** Resolves with the params of the next `method` event of the session. */
  once(method, sessionId) {
    return new Promise((resolve) => this.waiters.push({ method, sessionId, resolve }));
  }

  /** A new tab in the default context, attached, with Page events on; resolves its sessionId. */
  async newPage() {
    const { targetId } = await this.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await this.send('Target.attachToTarget', { targetId, flatten: true });
    await this.send('Page.enable', {}, sessionId);
    return sessionId;
  }

  /**
   * A tab in a new browser context (what a task gets), attached, Page events on:
   * resolves { sessionId, contextId, setupMs }.
   */
  async newContextPage() {
    const t0 = performance.now();
    const { browserContextId } = await this.send('Target.createBrowserContext', { disposeOnDetach: true });
    const { targetId } = await this.send('Target.createTarget', { url: 'about:blank', browserContextId });
    const { sessionId } = await this.send('Target.attachToTarget', { targetId, flatten: true });
    await this.send('Page.enable', {}, sessionId);
    return { sessionId, contextId: browserContextId, setupMs: performance.now() - t0 };
  }

  disposeContext(contextId) {
    return this.send('Target.disposeBrowserContext', { browserContextId: contextId });
  }

  /** A capture of the viewport (Page.captureScreenshot params); resolves its size in bytes. */
  async screenshot(sessionId, params = { format: 'png' }) {
    const r = await this.send('Page.captureScreenshot', params, sessionId);
    return Buffer.byteLength(r.data, 'base64');
  }

  /** Page.navigate, wait for the load event, Runtime.evaluate document.title. */
  async title(sessionId, url) {
    const loaded = this.once('Page.loadEventFired', sessionId);
    const nav = await this.send('Page.navigate', { url }, sessionId);
    if (nav.errorText) throw new Error(`navigate ${url}: ${nav.errorText}`);
    await loaded;
    const r = await this.send('Runtime.evaluate', { expression: 'document.title', returnByValue: true }, sessionId);
    return r.result.value;
  }

  async close() {
    if (!this.child || this.child.exitStatus) return;
    this.send('Browser.close').catch(() => {});
    await Promise.race([this.child.exited, sleep(5000)]);
    await stopChild(this.child, { graceMs: 3000 });
  }
}

let pw;
/** playwright-core's chromium (imported on first use). */
export async function playwright() {
  if (!pw) {
    try {
      pw = (await import('playwright-core')).chromium;
    } catch (e) {
      throw new Error(`playwright-core is not installed in bench/ (the bench/* wrappers run npm ci): ${e.message}`);
    }
  }
  return pw;
}

/** A Playwright browser on Debian's Chromium with FLAGS, closed at clean-up. */
export async function pwLaunch({ track = true, flags = FLAGS } = {}) {
  const chromium = await playwright();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: flags, headless: true, timeout: 60000 });
  // Playwright also kills its browsers when this process exits.
  if (track) onCleanup(() => browser.close().catch(() => {}));
  return browser;
}
