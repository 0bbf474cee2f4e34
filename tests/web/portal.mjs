// portal.mjs — the client's journey through the portal in a real browser.
//
// A client contact of the demo (priya, Acme Logistics) logs in, finds the
// deliverable waiting for her review, is refused a rejection without a
// comment (422, the page kept), rejects it with a comment; we resubmit it
// through the command line and she accepts it.  She cannot reach another
// client's engagement nor a page of the team (404).  The audit trail names
// her login for both sign-offs.  A screenshot of the engagement page goes to
// the artifacts directory as portal.png.

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { run, newPage, login, expect } from './lib.mjs';

// The demo's Acme engagement, its deliverable in progress, and Priya's
// contact number.
const ENG = 'acme-routing';
const DLV = '2';
const PRIYA = '3';

await run(async ({ t, srv, browser, opts }) => {
	const rapport = opts.rapport;
	const cli = (...args) =>
		execFileSync(rapport, ['--db', srv.db, '--today', '2026-11-26', ...args], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'pipe'],
			env: { ...process.env, TZ: 'UTC', LC_ALL: 'C' },
		});
	const page = await newPage(browser);
	const review = page.locator(`#deliverable-${DLV}`);
	const decide = async (verb, comment) => {
		const form = review.locator(`form[action$="/${verb}"]`);
		if (comment !== null) await form.locator('textarea').fill(comment);
		const [r] = await Promise.all([page.waitForNavigation(), form.locator('button').click()]);
		return r;
	};

	await t.step('a client contact logs in and lands in the portal', async () => {
		// A deliverable to review and a report to read, made as the team would.
		cli('deliverable', 'submit', DLV);
		cli('report', 'progress', ENG, '--send', '--format', 'html', '--to', PRIYA);
		await login(page, srv.url, 'priya', srv.accounts.priya.password);
		expect(new URL(page.url()).pathname === '/portal', `after login the page is ${page.url()}`);
		expect(await page.isVisible('text=Route planning platform'), 'her engagement is not listed');
		expect(!(await page.isVisible('text=Patient portal redesign')), "another client's engagement is listed");
	});

	await t.step('the engagement shows the review, the report and what we wait for', async () => {
		await Promise.all([page.waitForNavigation(), page.click(`a[href="/portal/engagements/${ENG}"]`)]);
		expect(await review.isVisible(), 'the submitted deliverable is not offered for review');
		expect(await page.isVisible('#reports a[href^="/portal/reports/"]'), 'the report we sent is not listed');
		expect(await page.isVisible('#waiting >> text=Route optimiser MVP'), 'what we wait for does not name the review');
		expect(await page.isVisible('#requests .portal-answer >> text=Internet Explorer is not supported'), 'our answer to her request is not shown');
		await page.screenshot({ path: path.join(opts.artifacts, 'portal.png'), fullPage: true });
	});

	await t.step('a rejection without a comment is refused (422) and says why', async () => {
		// The browser asks for the comment itself; the server must refuse too.
		await review.locator('form[action$="/reject"] textarea').evaluate((el) => el.removeAttribute('required'));
		const r = await decide('reject', '');
		expect(r.status() === 422, `the refusal is ${r.status()}`);
		expect(await page.isVisible('.flash.error'), 'the refusal does not say why');
		expect(await review.isVisible(), 'the deliverable is no longer offered after a refusal');
	});

	const comment = 'Please include the Bremen depot <before> we accept';
	await t.step('she rejects it with a comment', async () => {
		await decide('reject', comment);
		expect(await page.isVisible('.flash.ok'), 'the rejection is not confirmed');
		expect(await page.isVisible(`#deliverables >> text=${comment}`), 'her comment is not shown as text');
		expect(await page.isVisible('#deliverables >> text=Changes requested'), 'the deliverable is not shown as rejected');
	});

	await t.step('resubmitted, she accepts it', async () => {
		cli('deliverable', 'submit', DLV);
		await page.goto(`${srv.url}/portal/engagements/${ENG}`);
		page.once('dialog', (d) => d.accept()); // "Once accepted it is final."
		await decide('accept', 'Works for Bremen too, thank you');
		expect(await page.isVisible('.flash.ok >> text=accepted'), 'the acceptance is not confirmed');
		expect(!(await page.isVisible('#review')), 'something still waits for her review');
		const d = JSON.parse(cli('--json', 'deliverable', 'show', DLV));
		expect(d.state === 'accepted', `the deliverable is ${d.state}`);
	});

	await t.step("another client's engagement and the team's pages are 404 for her", async () => {
		for (const p of ['/portal/engagements/brightside-portal', '/', `/engagements/${ENG}`]) {
			const r = await page.goto(srv.url + p);
			expect(r.status() === 404, `${p} is ${r.status()}`);
		}
	});

	await t.step('the report we sent her opens, printable, without a console error', async () => {
		page.problems.length = 0; // the 422 and 404s above were wanted
		await page.goto(`${srv.url}/portal/engagements/${ENG}`);
		const [r] = await Promise.all([page.waitForNavigation(), page.click('#reports a[href^="/portal/reports/"]')]);
		expect(r.status() === 200, `the report is ${r.status()}`);
		expect(await page.isVisible('text=Progress report'), 'the report has no title');
		expect(page.problems.length === 0, page.problems.join('\n'));
	});

	await t.step('rapport history records both sign-offs under her login, by her contact', async () => {
		const events = JSON.parse(cli('--json', 'history', ENG)).filter(
			(e) => e.kind === 'deliverable' && String(e.record) === DLV && ['accept', 'reject'].includes(e.action)
		);
		const seen = JSON.stringify(events.map((e) => [e.action, e.actor, e.after && e.after.signed_off_by]));
		expect(events.length === 2, `sign-offs in the trail: ${seen}`);
		expect(events.every((e) => e.actor === 'priya'), `actors: ${seen}`);
		expect(events.every((e) => String(e.after.signed_off_by) === PRIYA), `signed off by: ${seen}`);
	});
});
