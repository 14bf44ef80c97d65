import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Chromium driven over the DevTools pipe with nothing attached but what the caller asks for.
 * Playwright attaches to every frame, holds new frames until its own set-up is done and routes
 * their requests through Node; that is right for tests, but it slows the panel frame whose start
 * a benchmark wants to time. Here a frame is only touched when the caller attaches to it.
 */
export async function launchOverPipe(executablePath, args) {
  const profile = mkdtempSync(join(tmpdir(), 'tasklens-cdp-'));
  const child = spawn(
    executablePath,
    [...args, '--headless', '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const toBrowser = child.stdio[3];
  const fromBrowser = child.stdio[4];
  let nextId = 1;
  const waiting = new Map();
  const listeners = new Set();
  let buffered = '';
  fromBrowser.on('data', (chunk) => {
    buffered += chunk.toString('utf8');
    let end;
    while ((end = buffered.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffered.slice(0, end));
      buffered = buffered.slice(end + 1);
      const pending = message.id && waiting.get(message.id);
      if (pending) {
        waiting.delete(message.id);
        if (message.error) pending.reject(new Error(`${pending.method}: ${message.error.message}`));
        else pending.resolve(message.result);
      } else if (message.method) {
        for (const listener of listeners) listener(message);
      }
    }
  });

  /** Sends one command, to the browser or to an attached target's session. */
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject, method });
      toBrowser.write(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }) + '\0');
    });
  /** Calls `listener` with every event ({ method, params, sessionId }); returns a remover. */
  const on = (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  /** Evaluates an expression in a session's page and returns its value (promises awaited). */
  const evaluate = async (sessionId, expression) => {
    const { result, exceptionDetails } = await send(
      'Runtime.evaluate',
      { expression, returnByValue: true, awaitPromise: true },
      sessionId,
    );
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  };
  const close = async () => {
    await send('Browser.close').catch(() => undefined);
    await new Promise((done) => (child.exitCode !== null ? done() : child.once('exit', done)));
    rmSync(profile, { recursive: true, force: true });
  };
  return { send, on, evaluate, close };
}

/** Polls `check` until it returns something other than undefined/false, or throws after `ms`. */
export async function waitUntil(check, ms = 10_000, what = 'condition') {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false && value !== null) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * A new tab whose http(s) requests are answered from `files` (URL → path of an HTML file) and
 * refused otherwise. Only this tab's own requests are intercepted, not its extension frames'.
 */
export async function openFixtureTab(browser, files) {
  const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
  const stop = browser.on(({ method, params, sessionId: from }) => {
    if (method !== 'Fetch.requestPaused' || from !== sessionId) return;
    const file = files.get(params.request.url);
    const reply = file
      ? browser.send(
          'Fetch.fulfillRequest',
          {
            requestId: params.requestId,
            responseCode: 200,
            responseHeaders: [{ name: 'Content-Type', value: 'text/html' }],
            body: readFileSync(file).toString('base64'),
          },
          sessionId,
        )
      : browser.send('Fetch.failRequest', { requestId: params.requestId, errorReason: 'Failed' }, sessionId);
    // A tab closed mid-request leaves nothing to answer.
    reply.catch(() => undefined);
  });
  await browser.send('Fetch.enable', { patterns: [{ urlPattern: 'http*' }] }, sessionId);
  await browser.send('Page.enable', {}, sessionId);
  return {
    sessionId,
    /** Navigates and resolves once the page's load event has fired. */
    async load(url) {
      let remove;
      const loaded = new Promise((done) => {
        remove = browser.on(({ method, sessionId: from }) => {
          if (method === 'Page.loadEventFired' && from === sessionId) done();
        });
      });
      await browser.send('Page.navigate', { url }, sessionId);
      await loaded;
      remove();
    },
    async close() {
      stop();
      await browser.send('Target.closeTarget', { targetId });
    },
  };
}

/**
 * Waits until the extension's service worker listens for tab updates (it injects the listing
 * script on them) and returns the extension's host, e.g. the id in chrome-extension://<id>/.
 */
export async function waitForBackground(browser) {
  const worker = await waitUntil(
    async () =>
      (await browser.send('Target.getTargets')).targetInfos.find((t) => t.type === 'service_worker'),
    10_000,
    'the service worker',
  );
  const { sessionId } = await browser.send('Target.attachToTarget', {
    targetId: worker.targetId,
    flatten: true,
  });
  await waitUntil(
    () => browser.evaluate(sessionId, 'globalThis.chrome?.tabs?.onUpdated.hasListeners()'),
    10_000,
    'the background to listen',
  );
  await browser.send('Target.detachFromTarget', { sessionId });
  return new URL(worker.url).host;
}
