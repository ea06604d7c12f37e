// The Help Center in a real browser: Debian's Chromium driven by playwright-core, against
// `deskbridge serve` on 127.0.0.1 with an account made through the real CLI.
//
//   DESKBRIDGE_BINARY=build/deskbridge E2E_SCREENSHOT_DIR=build/e2e-screenshots \
//     node --test tests/e2e/helpcenter.test.mjs          (CTest: e2e_helpcenter)
//
// The account: "Acme Support"; organization "Kunde GmbH" (kunde.test, members see all its
// tickets) with Erika and her colleague Max; "Solo AG" (solo.test, members see only their own)
// with Sam and Sue. Erika's ticket has a public agent reply and an internal note.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const binary = process.env.DESKBRIDGE_BINARY;
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const shots = process.env.E2E_SCREENSHOT_DIR || path.join(tmpdir(), 'deskbridge-e2e-screenshots');
// The flags the machine needs (see the set-up notes): headless, root (CI) needs --no-sandbox,
// and no background traffic to hosts that the closed network refuses.
const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

const PASSWORD = 'correct horse battery';
const INTERNAL = 'INTERNAL NOTE: customer is on the watch list';
const subjects = {
  erika: 'Printer on floor 2 jams',
  max: 'VPN drops every hour',
  sam: 'Invoice 4711 is wrong',
  sue: 'Sue wants a new laptop',
};

let dataDir;
let server;
let baseUrl; // https://127.0.0.1:PORT
let chromium;
let browser;
const ids = {};

function cli(args, input) {
  const r = spawnSync(binary, ['--lang', 'en', '--data-dir', dataDir, ...args], {
    input: input ?? '',
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: 'C.UTF-8' },
    timeout: 60_000,
  });
  if (r.status !== 0)
    throw new Error(`deskbridge ${args.join(' ')} exited ${r.status}: ${r.stderr}${r.stdout}`);
  return r.stdout;
}
const cliJson = (args) => JSON.parse(cli([...args, '--json']));

async function loadPlaywright() {
  if (!existsSync(chromiumPath))
    throw new Error(`${chromiumPath} is missing: run packaging/install-deps.sh (make deps) to ` +
                    'install Debian\'s chromium');
  try {
    return (await import('playwright-core')).chromium;
  } catch (e) {
    throw new Error('playwright-core is not installed in tests/e2e/node_modules: run ' +
                    `packaging/install-deps.sh (make deps) (${e.message})`);
  }
}

function makeAccount() {
  cli(['init', '--account', 'Acme Support', '--admin-email', 'ada@acme.test',
       '--admin-name', 'Ada Admin', '--plan', 'enterprise']);
  cli(['org', 'create', '--name', 'Kunde GmbH', '--domain', 'kunde.test', '--sharing', 'view']);
  cli(['org', 'create', '--name', 'Solo AG', '--domain', 'solo.test', '--sharing', 'own']);
  for (const [name, email] of [['Erika Mustermann', 'erika@kunde.test'],
                               ['Max Kollege', 'max@kunde.test'],
                               ['Sam Solo', 'sam@solo.test'],
                               ['Sue Solo', 'sue@solo.test']])
    cli(['user', 'create', '--name', name, '--email', email, '--role', 'end-user']);
  const ticket = (who, email, comment) =>
    cliJson(['ticket', 'create', '--requester', email, '--subject', subjects[who],
             '--comment', comment]).id;
  ids.erika = ticket('erika', 'erika@kunde.test', 'The printer jams on every second page.');
  ids.max = ticket('max', 'max@kunde.test', 'Since Monday the VPN drops.');
  ids.sam = ticket('sam', 'sam@solo.test', 'The invoice lists two licences.');
  ids.sue = ticket('sue', 'sue@solo.test', 'Mine is five years old.');
  cli(['ticket', 'comment', String(ids.erika), '--body', INTERNAL, '--private']);
  cli(['ticket', 'comment', String(ids.erika), '--body', 'We have ordered a new drum unit.']);
  for (const email of ['erika@kunde.test', 'sam@solo.test'])
    cli(['user', 'set-password', '--email', email], `${PASSWORD}\n`);
}

function startServer() {
  return new Promise((resolve, reject) => {
    // Under timeout(1) (just over CTest's 300 s): if this runner is killed, the server still ends.
    server = spawn('timeout', ['320', binary, '--lang', 'en', '--data-dir', dataDir, 'serve',
                               '--listen', '127.0.0.1:0'], {
      env: { ...process.env, LC_ALL: 'C.UTF-8' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve did not report its URL: ${out}`)),
                             30_000);
    const read = (chunk) => {
      out += chunk;
      const m = out.match(/https:\/\/127\.0\.0\.1:(\d+)/);
      if (m && !baseUrl) {
        baseUrl = `https://127.0.0.1:${m[1]}`;
        clearTimeout(timer);
        resolve();
      }
    };
    server.stdout.setEncoding('utf8').on('data', read);
    server.stderr.setEncoding('utf8').on('data', (c) => { out += c; });
    server.on('exit', (code) => {
      clearTimeout(timer);
      if (!baseUrl) reject(new Error(`serve exited ${code}: ${out}`));
    });
  });
}

async function newPage(options = {}) {
  const context = await browser.newContext({
    ignoreHTTPSErrors: true, // the account's self-signed certificate
    locale: 'en-US',
    viewport: { width: 1280, height: 860 },
    ...options,
  });
  return context.newPage();
}

// Clicks and waits until the page it leads to (after any redirects) has loaded.
async function clickAndWait(page, selector) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(selector)]);
}

async function signIn(page, email, password = PASSWORD) {
  await page.goto(`${baseUrl}/hc/signin`);
  await page.fill('form#signin input[name=email]', email);
  await page.fill('form#signin input[name=password]', password);
  await clickAndWait(page, 'form#signin button[type=submit]');
}

async function screenshot(page, name) {
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
}

const subjectsOnPage = (page) => page.locator('table.requests tr.request a.request-link')
                                     .allInnerTexts();
// True when the page is wider than the window (a horizontal scroll bar on a phone).
const scrollsSideways = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);

before(async () => {
  chromium = await loadPlaywright();
  assert.ok(binary && existsSync(binary), 'DESKBRIDGE_BINARY must name the built deskbridge');
  mkdirSync(shots, { recursive: true });
  dataDir = mkdtempSync(path.join(tmpdir(), 'deskbridge-e2e-'));
  makeAccount();
  await startServer();
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (server.exitCode === null) server.kill('SIGKILL');
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('an end user of an organization whose members see all its tickets', () => {
  let page;

  test('a wrong password shows the error and stays on the sign-in form', async () => {
    page = await newPage();
    await page.goto(`${baseUrl}/hc`);
    assert.match(page.url(), /\/hc\/signin/);
    assert.equal(await page.locator('#account-name').innerText(), 'Acme Support');
    await screenshot(page, 'desktop-en-signin');
    await signIn(page, 'erika@kunde.test', 'not the password');
    await page.locator('.error').waitFor();
    assert.ok((await page.locator('.error').innerText()).length > 0);
    assert.equal(await page.locator('form#signin').count(), 1);
    assert.equal(await page.locator('#user-name').count(), 0);
    await screenshot(page, 'desktop-en-signin-error');
  });

  test('the right password lands on My requests with her own tickets only', async () => {
    await signIn(page, 'erika@kunde.test');
    assert.match(new URL(page.url()).pathname, /^\/hc\/requests$/);
    assert.equal(await page.locator('#user-name').innerText(), 'Erika Mustermann');
    assert.equal(await page.locator('#account-name').innerText(), 'Acme Support');
    const seen = await subjectsOnPage(page);
    assert.deepEqual(seen, [subjects.erika]);
    await screenshot(page, 'desktop-en-my-requests');
  });

  test('Organization requests shows her colleague\'s tickets, and no other organization\'s',
       async () => {
    await clickAndWait(page, 'a#nav-org');
    assert.match(new URL(page.url()).pathname, /^\/hc\/organization-requests$/);
    assert.equal((await page.locator('h1').first().innerText()).trim(), 'Kunde GmbH');
    const seen = await subjectsOnPage(page);
    assert.ok(seen.includes(subjects.max), `colleague's ticket missing: ${seen}`);
    assert.ok(seen.includes(subjects.erika), `her own ticket missing: ${seen}`);
    assert.ok(!seen.includes(subjects.sam) && !seen.includes(subjects.sue), `${seen}`);
    await screenshot(page, 'desktop-en-organization-requests');
  });

  test('the ticket page shows the public conversation and never the internal note',
       async () => {
    await page.goto(`${baseUrl}/hc/requests/${ids.erika}`);
    assert.equal((await page.locator('h1#subject').innerText()).trim(), subjects.erika);
    const bodies = await page.locator('article.comment .body').allInnerTexts();
    assert.ok(bodies.some((b) => b.includes('jams on every second page')), `${bodies}`);
    assert.ok(bodies.some((b) => b.includes('ordered a new drum unit')), `${bodies}`);
    assert.ok(!(await page.content()).includes('watch list'), 'the internal note leaked');
    await screenshot(page, 'desktop-en-ticket');
  });

  test('a reply appears in the conversation', async () => {
    const reply = 'It still jams after restarting it.';
    await page.fill('form#reply textarea[name=body]', reply);
    await clickAndWait(page, 'form#reply button');
    assert.match(new URL(page.url()).pathname, new RegExp(`^/hc/requests/${ids.erika}$`));
    const bodies = await page.locator('article.comment .body').allInnerTexts();
    assert.equal(bodies.at(-1).trim(), reply);
    assert.ok(!(await page.content()).includes('watch list'));
  });

  test('a ticket of another organization is "not found"', async () => {
    const answer = await page.goto(`${baseUrl}/hc/requests/${ids.sam}`);
    assert.equal(answer.status(), 404);
    assert.ok(!(await page.content()).includes(subjects.sam));
  });

  test('submitting a request opens the new ticket, listed under My requests', async () => {
    await page.goto(`${baseUrl}/hc/requests`);
    await clickAndWait(page, 'a#nav-new');
    const subject = 'Need access to the shared drive';
    await page.fill('form#new-request input[name=subject]', subject);
    await page.fill('form#new-request textarea[name=description]', 'For the Q3 reports, please.');
    await screenshot(page, 'desktop-en-new-request');
    await clickAndWait(page, 'form#new-request button');
    assert.match(new URL(page.url()).pathname, /^\/hc\/requests\/\d+$/);
    assert.equal((await page.locator('h1#subject').innerText()).trim(), subject);
    const bodies = await page.locator('article.comment .body').allInnerTexts();
    assert.ok(bodies.some((b) => b.includes('Q3 reports')), `${bodies}`);
    await clickAndWait(page, 'a#nav-my');
    assert.ok((await subjectsOnPage(page)).includes(subject));
  });

  test('signing out goes back to the sign-in form; protected pages then redirect', async () => {
    await clickAndWait(page, 'form#signout button');
    assert.match(new URL(page.url()).pathname, /^\/hc\/signin$/);
    assert.equal(await page.locator('form#signin').count(), 1);
    await page.goto(`${baseUrl}/hc/organization-requests`);
    const url = new URL(page.url());
    assert.equal(url.pathname, '/hc/signin');
    assert.equal(url.searchParams.get('next'), '/hc/organization-requests');
    await page.context().close();
  });
});

describe('an end user of an organization whose members see only their own tickets', () => {
  test('has no Organization requests tab and sees only his own tickets', async () => {
    const page = await newPage();
    await signIn(page, 'sam@solo.test');
    assert.match(new URL(page.url()).pathname, /^\/hc\/requests$/);
    assert.equal(await page.locator('a#nav-org').count(), 0);
    assert.deepEqual(await subjectsOnPage(page), [subjects.sam]);
    const answer = await page.goto(`${baseUrl}/hc/organization-requests`);
    assert.equal(answer.status(), 404);
    assert.ok(!(await page.content()).includes(subjects.sue));
    const colleague = await page.goto(`${baseUrl}/hc/requests/${ids.sue}`);
    assert.equal(colleague.status(), 404);
    await page.context().close();
  });
});

describe('German and a phone', () => {
  test('a German browser gets German pages', async () => {
    const page = await newPage({ locale: 'de-DE' });
    await page.goto(`${baseUrl}/hc/signin`);
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    const signinText = await page.locator('body').innerText();
    assert.match(signinText, /Passwort/);
    assert.match(signinText, /Anmelden/);
    await screenshot(page, 'desktop-de-signin');
    await signIn(page, 'erika@kunde.test');
    const nav = await page.locator('header').innerText();
    for (const word of ['Meine Anfragen', 'Anfragen der Organisation', 'Anfrage einreichen',
                        'Abmelden'])
      assert.ok(nav.includes(word), `"${word}" missing in: ${nav}`);
    await screenshot(page, 'desktop-de-my-requests');
    await page.goto(`${baseUrl}/hc/requests/${ids.erika}`);
    assert.match(await page.locator('body').innerText(), /Antworten/);
    await screenshot(page, 'desktop-de-ticket');
    await page.context().close();
  });

  for (const locale of ['en-US', 'de-DE']) {
    const lang = locale.slice(0, 2);
    test(`on a 390 x 844 phone (${lang}) no page scrolls sideways`, async () => {
      const page = await newPage({ locale, viewport: { width: 390, height: 844 },
                                   deviceScaleFactor: 2, isMobile: true, hasTouch: true });
      await page.goto(`${baseUrl}/hc/signin`);
      assert.ok(!(await scrollsSideways(page)), 'sign-in scrolls sideways');
      await screenshot(page, `phone-${lang}-signin`);
      await signIn(page, 'erika@kunde.test');
      for (const [name, url] of [['my-requests', '/hc/requests'],
                                 ['organization-requests', '/hc/organization-requests'],
                                 ['ticket', `/hc/requests/${ids.erika}`],
                                 ['new-request', '/hc/requests/new']]) {
        const answer = await page.goto(`${baseUrl}${url}`);
        assert.equal(answer.status(), 200, url);
        assert.ok(!(await scrollsSideways(page)), `${url} scrolls sideways on a phone`);
        await screenshot(page, `phone-${lang}-${name}`);
      }
      await page.context().close();
    });
  }
});
