#!/usr/bin/env node
/*
 * Read an iCalendar file with ical.js (the version pinned in package.json)
 * and print it in the normalised form that tests/calendar/parse.py prints
 * too, so that the two independent parsers can be compared line by line.
 *
 * usage: node parse.js [--from DATE --to DATE] [--dates | --stamps |
 *                      --first UID | --get UID PROP] FILE|-
 *
 * The modes are those of parse.py (see its docstring).  Recurrences are
 * expanded by ical.js's own iterator (ICAL.Event#iterator), which starts at
 * DTSTART as RFC 5545 says.
 */
'use strict';

const fs = require('fs');
const ICAL = require('ical.js');

function usage(msg) {
	process.stderr.write(`parse.js: ${msg}\n`);
	process.exit(2);
}

function parseArgs(argv) {
	const args = {};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--from' || a === '--to' || a === '--first') {
			args[a.slice(2)] = argv[++i];
		} else if (a === '--get') {
			args.get = [argv[i + 1], argv[i + 2]];
			i += 2;
		} else if (a === '--dates' || a === '--stamps') {
			args[a.slice(2)] = true;
		} else if (a.startsWith('--')) {
			usage(`unknown option ${a}`);
		} else {
			args.file = a;
		}
	}
	if (!args.file) {
		usage('no file');
	}
	return args;
}

function fmtTime(t) {
	/* ICAL.Time: "2026-03-09" for a date, "2026-03-02T00:00:00Z" in UTC */
	return t.toString();
}

function valueType(t) {
	return t.isDate ? 'date' : 'date-time';
}

const PARTS = ['BYMONTH', 'BYMONTHDAY', 'BYDAY', 'BYSETPOS'];

function fmtRule(r) {
	const out = [`FREQ=${r.freq}`, `INTERVAL=${r.interval || 1}`];
	if (r.until) {
		out.push(`UNTIL=${fmtTime(r.until)}`);
	}
	if (r.count) {
		out.push(`COUNT=${r.count}`);
	}
	for (const part of PARTS) {
		if (r.parts[part]) {
			out.push(`${part}=${r.parts[part].join(',')}`);
		}
	}
	for (const part of Object.keys(r.parts).sort()) {
		if (!PARTS.includes(part)) {
			out.push(`${part}=?`);
		}
	}
	return out.join(';');
}

/* The dates the event falls on from `from` to `to` (YYYY-MM-DD, both
 * included). */
function occurrences(vevent, from, to) {
	const event = new ICAL.Event(vevent);
	const it = event.iterator();
	const dates = [];
	for (let n = 0; n < 100000; n++) {
		const t = it.next();
		if (!t) {
			break;
		}
		const d = t.toString().slice(0, 10);
		if (d > to) {
			break;
		}
		if (d >= from) {
			dates.push(d);
		}
		if (!event.isRecurring()) {
			break;
		}
	}
	return dates;
}

function uidLeft(vevent) {
	return vevent.getFirstPropertyValue('uid').split('@')[0];
}

function text(comp, name) {
	const v = comp.getFirstPropertyValue(name);
	return v === null ? '-' : JSON.stringify(v);
}

function listing(cal, from, to) {
	const out = [];
	out.push(`calendar ${JSON.stringify(cal.getFirstPropertyValue('x-wr-calname') || '')}`);
	out.push(`zone ${cal.getFirstPropertyValue('x-wr-timezone') || '-'}`);
	for (const ev of cal.getAllSubcomponents('vevent')) {
		out.push(`event ${ev.getFirstPropertyValue('uid')}`);
		for (const name of ['dtstart', 'dtend']) {
			const v = ev.getFirstPropertyValue(name);
			if (v) {
				out.push(`  ${name} ${fmtTime(v)} ${valueType(v)}`);
			}
		}
		out.push(`  stamp ${fmtTime(ev.getFirstPropertyValue('dtstamp'))}`);
		out.push(`  sequence ${ev.getFirstPropertyValue('sequence') || 0}`);
		const rule = ev.getFirstPropertyValue('rrule');
		if (rule) {
			out.push(`  rule ${fmtRule(rule)}`);
		}
		out.push(`  summary ${text(ev, 'summary')}`);
		out.push(`  description ${text(ev, 'description')}`);
		out.push(`  transp ${ev.getFirstPropertyValue('transp') || '-'}`);
		for (const alarm of ev.getAllSubcomponents('valarm')) {
			const trig = alarm.getFirstPropertyValue('trigger');
			const when = trig instanceof ICAL.Duration ? `${trig.toSeconds()}s` : fmtTime(trig);
			out.push(
				`  alarm ${alarm.getFirstPropertyValue('action') || '-'} ${when} ${text(alarm, 'description')}`
			);
		}
		const dates = occurrences(ev, from, to);
		out.push(`  dates ${dates.join(' ') || '-'}`);
	}
	return out.join('\n');
}

function find(cal, prefix) {
	for (const ev of cal.getAllSubcomponents('vevent')) {
		if (ev.getFirstPropertyValue('uid').startsWith(prefix)) {
			return ev;
		}
	}
	usage(`no event whose UID starts with '${prefix}'`);
	return null;
}

function main() {
	const args = parseArgs(process.argv.slice(2));
	const data = fs.readFileSync(args.file === '-' ? 0 : args.file, 'utf8');
	const cal = new ICAL.Component(ICAL.parse(data));
	if (args.get) {
		const v = find(cal, args.get[0]).getFirstPropertyValue(args.get[1].toLowerCase());
		process.stdout.write(v === null ? '' : v);
		return;
	}
	if (args.stamps) {
		const lines = cal
			.getAllSubcomponents('vevent')
			.map(
				(ev) =>
					`${uidLeft(ev)} ${fmtTime(ev.getFirstPropertyValue('dtstart'))} ` +
					`${ev.getFirstPropertyValue('sequence') || 0} ${fmtTime(ev.getFirstPropertyValue('dtstamp'))}`
			)
			.sort();
		process.stdout.write(`${lines.join('\n')}\n`);
		return;
	}
	if (!args.from || !args.to) {
		usage('--from and --to are needed');
	}
	if (args.first) {
		const dates = occurrences(find(cal, args.first), args.from, args.to);
		process.stdout.write(`${dates.length ? dates[0] : '-'}\n`);
	} else if (args.dates) {
		const lines = cal
			.getAllSubcomponents('vevent')
			.map((ev) => `${uidLeft(ev)} ${occurrences(ev, args.from, args.to).join(' ') || '-'}`)
			.sort();
		process.stdout.write(`${lines.join('\n')}\n`);
	} else {
		process.stdout.write(`${listing(cal, args.from, args.to)}\n`);
	}
}

main();
