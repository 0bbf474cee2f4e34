// owner.mjs — the owner's journey in a real browser: log in, add a new
// engagement for a new client, fill it in through the forms until the
// kickoff gate passes (fit, scope, change provisions, estimates, resources,
// payment schedule, response times, sign-off, success, punch-list window,
// cadences, terms), kick it off, and find it active in the portfolio.
// Along the way: a refused form comes back with the message and what was
// typed, and the pages fit a phone's width.  Screenshots of the portfolio,
// the engagement and the kickoff gate go to the artifacts directory.

import path from 'node:path';
import { run, newPage, login, expect } from './lib.mjs';

const SLUG = 'harbor-platform';

async function submit(page, form) {
	await Promise.all([page.waitForNavigation(), form.locator('button[type=submit]').last().click()]);
}

async function openAdd(page, section) {
	const details = page.locator(`section#${section} details.add`);
	await details.locator('summary').click();
	return details.locator('form');
}

async function flash(page) {
	return (await page.locator('.flash.ok').textContent()) || '';
}

async function noOverflow(page, what) {
	const wide = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(wide <= 390, `${what} is ${wide}px wide on a 390px phone`);
}

await run(async ({ t, srv, browser, opts }) => {
	const page = await newPage(browser);
	const shot = (name) => page.screenshot({ path: path.join(opts.artifacts, name), fullPage: true });
	const owner = srv.accounts.owner;

	await t.step('the owner logs in and sees the portfolio, the worst first', async () => {
		await login(page, srv.url, 'owner', owner.password);
		expect(new URL(page.url()).pathname === '/', `after login the page is ${page.url()}`);
		const scores = await page.locator('table.portfolio td .score').allTextContents();
		expect(scores.length >= 8, `the portfolio shows ${scores.length} engagements`);
		const n = scores.map(Number);
		expect(n.every((s, i) => i === 0 || n[i - 1] <= s), `scores not worst first: ${n}`);
		await shot('portfolio.png');
	});

	await t.step('a new engagement for a new client starts as a draft', async () => {
		await page.click('a[href="/engagements/new"] >> nth=0');
		const form = page.locator('form[action="/engagements/new"]');
		await form.locator('[name=client_name]').fill('Harbor Analytics');
		await form.locator('[name=title]').fill('Data platform');
		await form.locator('[name=slug]').fill(SLUG);
		await form.locator('[name=type]').selectOption('fixed');
		await form.locator('[name=value]').fill('30000');
		await form.locator('[name=baseline_start]').fill('2026-12-01');
		await form.locator('[name=baseline_end]').fill('2027-03-31');
		await form.locator('[name=objectives]').fill('One place for the sales and stock data');
		await submit(page, form);
		expect(new URL(page.url()).pathname === `/engagements/${SLUG}`, `landed on ${page.url()}`);
		expect((await flash(page)).includes('added'), 'no flash message after the add');
		expect((await page.locator('.head-state .badge').textContent()) === 'draft', 'not a draft');
	});

	await t.step('the kickoff gate lists its blockers with hints', async () => {
		await page.click('a[href$="/kickoff"]');
		const failed = await page.locator('ol.checklist li.fail code.check-id').allTextContents();
		for (const id of ['K-SCOPE', 'K-PAYMENT', 'K-CADENCE', 'K-TERMS']) {
			expect(failed.includes(id), `${id} is not among the blockers: ${failed}`);
		}
		expect(await page.locator('textarea[name=override]').count() === 1, 'no override form');
		await shot('kickoff.png');
		await page.click(`nav.crumbs a[href="/engagements/${SLUG}"]`);
	});

	await t.step('the terms are filled in through the edit form', async () => {
		await page.click(`a[href="/records/engagement/${SLUG}"]`);
		const form = page.locator('form.record-form');
		const text = {
			success: 'Weekly sales reports come from the platform, not from spreadsheets',
			change_provisions: 'New data sources: a change request priced at the day rate',
			resources: 'On board: two data engineers; to bring on: an analyst in January',
			fit: 'Both want decisions made on data; short weekly demos; decisions in writing',
			past_arrangements: 'The 2025 reporting project: weekly demos kept it on track',
		};
		for (const [name, value] of Object.entries(text)) await form.locator(`[name=${name}]`).fill(value);
		const numbers = { notice_days: '30', payment_terms_days: '30', rfi_hours: '24', client_rfi_hours: '24', review_days: '5', punch_days: '30' };
		for (const [name, value] of Object.entries(numbers)) await form.locator(`[name=${name}]`).fill(value);
		await form.locator('[name=renewal]').selectOption('manual');
		await form.locator('[name=renewal_date]').fill('2027-04-01');
		await form.locator('[name=report_every]').fill('2w');
		await form.locator('[name=meet_every]').fill('1w');
		await submit(page, form);
		expect((await flash(page)).includes('updated'), 'no "updated" after the edit');
		const terms = await page.locator('#terms').textContent();
		expect(terms.includes('decisions made on data'), 'the fit notes are not shown');
	});

	await t.step('a contact who may sign off is added on the client page', async () => {
		await page.click('nav.crumbs a[href^="/clients/"]');
		const form = await openAdd(page, 'contacts');
		await form.locator('[name=name]').fill('Maya Chen');
		await form.locator('[name=email]').fill('maya@harbor.example');
		await form.locator('[name=role]').fill('Head of Data');
		await form.locator('[name=may_signoff]').selectOption('yes');
		await submit(page, form);
		expect((await page.locator('#contacts table').textContent()).includes('Maya Chen'), 'the contact is not listed');
		await page.click(`a[href="/engagements/${SLUG}"]`);
	});

	let deliverable = null;
	await t.step('a deliverable with acceptance criteria, estimate and reviewer', async () => {
		const form = await openAdd(page, 'deliverable');
		await form.locator('[name=title]').fill('Data model and pipelines');
		await form.locator('[name=accept]').fill('Sales and stock tables load nightly; figures match the ledger');
		await form.locator('[name=estimate_hours]').fill('240');
		await form.locator('[name=assumptions]').fill('Read access to the ERP from the first week');
		await form.locator('[name=due]').fill('2027-03-15');
		await form.locator('[name=reviewer]').selectOption({ label: 'Maya Chen (may sign off)' });
		await submit(page, form);
		const row = page.locator('section#deliverable tbody tr').first();
		deliverable = (await row.getAttribute('id')).replace('deliverable-', '');
		expect(/^\d+$/.test(deliverable), `no deliverable number: ${deliverable}`);
	});

	await t.step('a refused payment comes back with the message and what was typed', async () => {
		const form = await openAdd(page, 'payment');
		await form.locator('[name=kind]').selectOption('upfront');
		await form.locator('[name=amount]').fill('30%');
		await form.locator('[name=trigger]').fill('date:next-week');
		await form.locator('[name=verify]').fill('The signed contract');
		const [resp] = await Promise.all([
			page.waitForNavigation(),
			form.locator('button[type=submit]').click(),
		]);
		expect(resp.status() === 422, `status ${resp.status()}, not 422`);
		// the browser logs the 422 it was meant to get
		page.problems = page.problems.filter((p) => !/status of 422/.test(p));
		const again = page.locator('section#payment details.add[open] form');
		const error = await again.locator('.flash.error').textContent();
		expect(/trigger/.test(error), `the message does not name the trigger: ${error}`);
		expect((await again.locator('[name=verify]').inputValue()) === 'The signed contract', 'the typed verification is lost');
		await again.locator('[name=trigger]').fill('date:2026-12-01');
		await submit(page, again);
		expect((await flash(page)).includes('added'), 'the corrected payment is not added');
	});

	await t.step('the final payment makes the schedule add up to the value', async () => {
		const form = await openAdd(page, 'payment');
		await form.locator('[name=kind]').selectOption('final');
		await form.locator('[name=amount]').fill('21000');
		await form.locator('[name=trigger]').fill(`deliverable:${deliverable}`);
		await form.locator('[name=verify]').fill('Maya signs off the data model; the nightly load runs for a week');
		await submit(page, form);
		expect((await page.locator('section#payment tbody tr').count()) === 2, 'two payments are not listed');
	});

	await t.step('the kickoff gate passes and the engagement goes active', async () => {
		await page.goto(`${srv.url}/engagements/${SLUG}`);
		await shot('engagement-draft.png');
		await page.click('a[href$="/kickoff"]');
		const failed = await page.locator('ol.checklist li.fail').count();
		const passed = await page.locator('ol.checklist li.pass').count();
		expect(failed === 0, `${failed} kickoff checks still fail`);
		expect(passed >= 12, `only ${passed} kickoff checks pass`);
		await shot('kickoff-passed.png');
		await Promise.all([page.waitForNavigation(), page.click('form.gate-form button[type=submit]')]);
		expect((await flash(page)).includes('is now active'), 'no "is now active" message');
		expect((await page.locator('.head-state .badge').textContent()) === 'active', 'not active');
		await shot('engagement.png');
	});

	await t.step('a busy engagement shows its records with their states and verbs', async () => {
		await page.goto(`${srv.url}/engagements/acme-routing`);
		const sections = await page.locator('section.card:not(.compact) table.records').count();
		expect(sections >= 5, `only ${sections} record tables`);
		const verbs = await page.locator('td.actions form.verb-button, td.actions details.verb').count();
		expect(verbs > 0, 'no verb is offered');
		await shot('engagement-demo.png');
	});

	await t.step('the portfolio shows it active', async () => {
		await page.goto(`${srv.url}/?state=active`);
		const row = page.locator('table.portfolio tr', { has: page.locator(`a[href="/engagements/${SLUG}"]`) });
		expect((await row.count()) === 1, 'the engagement is not in the active portfolio');
		expect((await row.locator('.badge').textContent()) === 'active', 'its badge is not active');
	});

	await t.step('the audit trail names the owner for the kickoff', async () => {
		await page.goto(`${srv.url}/engagements/${SLUG}/history`);
		const first = await page.locator('table.history tbody tr').first().textContent();
		expect(first.includes('owner') && first.includes('kickoff'), `the newest event is: ${first}`);
	});

	await t.step('the pages fit a phone 390px wide', async () => {
		await page.setViewportSize({ width: 390, height: 844 });
		for (const [url, name] of [['/', 'portfolio-phone.png'], [`/engagements/${SLUG}`, 'engagement-phone.png'], [`/engagements/${SLUG}/kickoff`, 'kickoff-phone.png']]) {
			await page.goto(srv.url + url);
			await noOverflow(page, url);
			await shot(name);
		}
	});

	await t.step('no console error, no CSP violation', async () => {
		expect(page.problems.length === 0, page.problems.join('\n'));
	});
});
