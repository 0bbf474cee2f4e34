// lib.mjs — what the browser tests share: a server on a fresh demo
// workspace (tests/lib/server.py), Debian's chromium driven by
// playwright-core (never a downloaded browser), logging in, screenshots
// into an artifacts directory, and TAP output.
//
// A test is a sequence of steps on one page; the first failing step fails
// the test and the steps after it are reported as skipped, so that one
// failure is not reported many times over.  The server is stopped and the
// browser closed at the end whatever happened.

import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '..', '..');

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

// --rapport PATH (required) and --artifacts DIR (or $RAPPORT_WEB_ARTIFACTS).
export function options(argv = process.argv.slice(2)) {
	const opts = {
		rapport: null,
		artifacts: process.env.RAPPORT_WEB_ARTIFACTS || path.join(tmpdir(), 'rapport-web'),
	};
	for (let i = 0; i < argv.length; i++) {
		if (argv[i] === '--rapport') opts.rapport = argv[++i];
		else if (argv[i] === '--artifacts') opts.artifacts = argv[++i];
		else throw new Error(`unknown argument '${argv[i]}' (expected --rapport PATH, --artifacts DIR)`);
	}
	if (!opts.rapport) throw new Error('missing --rapport PATH (the rapport binary)');
	opts.rapport = path.resolve(opts.rapport);
	mkdirSync(opts.artifacts, { recursive: true });
	return opts;
}

// Start `rapport serve` through the shared harness; resolves to its first
// line ({url, accounts, tokens, ids}) plus stop().
export async function startServer(rapport) {
	const proc = spawn('python3', [path.join(root, 'tests/lib/server.py'), '--rapport', rapport], {
		stdio: ['pipe', 'pipe', 'inherit'],
	});
	const exited = new Promise((resolve) => proc.once('exit', resolve));
	const lines = createInterface({ input: proc.stdout });
	const first = await new Promise((resolve, reject) => {
		lines.once('line', resolve);
		proc.once('exit', (code) => reject(new Error(`the server harness exited (${code}) before serving`)));
	});
	const info = JSON.parse(first);
	info.stop = async () => {
		proc.stdin.end(); // the harness stops the server and cleans up
		const timer = setTimeout(() => proc.kill('SIGTERM'), 15000);
		await exited;
		clearTimeout(timer);
	};
	return info;
}

export async function launch() {
	const args = [];
	if (process.getuid && process.getuid() === 0) args.push('--no-sandbox');
	return chromium.launch({ executablePath: CHROMIUM, headless: true, args });
}

// A page that fails the test on any console error (a CSP violation among
// them) and on a page error.
export async function newPage(browser, viewport = { width: 1280, height: 900 }) {
	const context = await browser.newContext({ viewport });
	const page = await context.newPage();
	page.problems = [];
	page.on('console', (m) => {
		if (m.type() === 'error') page.problems.push(m.text());
	});
	page.on('pageerror', (e) => page.problems.push(String(e)));
	return page;
}

export async function login(page, url, login, password) {
	await page.goto(url + '/login');
	await page.fill('input[name=login]', login);
	await page.fill('input[name=password]', password);
	await Promise.all([page.waitForNavigation(), page.click('form[action="/login"] button[type=submit]')]);
	if (new URL(page.url()).pathname === '/login') throw new Error(`cannot log in as ${login}`);
}

export function expect(cond, what) {
	if (!cond) throw new Error(what);
}

// Steps as TAP.  step(name, fn) runs fn unless an earlier step failed.
export function tap() {
	let n = 0;
	let failed = false;
	return {
		get failed() {
			return failed;
		},
		async step(name, fn) {
			n++;
			if (failed) {
				console.log(`ok ${n} - ${name} # SKIP an earlier step failed`);
				return;
			}
			try {
				await fn();
				console.log(`ok ${n} - ${name}`);
			} catch (e) {
				failed = true;
				console.log(`not ok ${n} - ${name}`);
				for (const line of String(e && e.stack ? e.stack : e).split('\n')) console.log(`# ${line}`);
			}
		},
		done() {
			console.log(`1..${n}`);
			return failed ? 1 : 0;
		},
	};
}

// Run a test: a server, a browser, the steps; everything stopped at the end.
export async function run(body) {
	const t = tap();
	let srv = null;
	let browser = null;
	try {
		const opts = options();
		srv = await startServer(opts.rapport);
		browser = await launch();
		await body({ t, srv, browser, opts });
	} catch (e) {
		await t.step('the test runs', () => {
			throw e;
		});
	} finally {
		if (browser) await browser.close().catch(() => {});
		if (srv) await srv.stop().catch(() => {});
	}
	process.exitCode = t.done();
}
