# The fixed workspace of the calendar tests (tests/cli/06*.t) and of the
# golden files (tests/golden/update), as of 2026-03-02; every date below is
# written out so that each expected date can be checked by hand.
#
#   workspace "Northwind Consulting", created 2025-11-03, time zone Europe/Berlin
#   client acme (Acme Corp)
#     contact 1  Ana Lima   born 1985-05-31
#     contact 2  Bob Stone  born 1992-02-29 (a leap day: the 28th in other years)
#   client smith, whose name holds commas, a semicolon, a backslash, quotes
#     contact 3  Zoë Ñúñez-Ørsted  born 1990-03-15
#
#   engagement 1 shop (acme), active, kicked off 2026-03-02, ends 2026-06-30
#     meetings every week, reports every 2 weeks; last contact 2026-03-02
#     manual renewal on 2026-07-01 with 30 days' notice: deadline 2026-06-01
#     deliverable 1  New checkout   due 2026-04-30  planned
#     deliverable 2  Product pages  due 2026-06-15  planned
#     deliverable 3  Style guide    due 2026-03-20  accepted (not in the feed)
#     payment 1  upfront 30%  date:2026-03-02, invoiced INV-001, due 2026-04-01
#     payment 2  milestone    deliverable:1 (no date)
#     payment 3  final 30%    date:2026-07-15, scheduled
#     promise 1  "Send the staging URL" due 2026-03-10, open
#     promise 2  "Share the test plan"  due 2026-03-05, kept (not in the feed)
#
#   engagement 2 care (smith), active, kicked off 2025-12-31, baseline end
#     2026-08-31, forecast end 2026-09-30 (the series end then)
#     reports every month, none sent: the first was due 2026-01-31, and the
#     series falls on the 31st or the month's last day
#     meetings every 10 days: the last call 2026-02-20 (a later note does not
#     count), so the next on 2026-03-02
#     automatic renewal on 2026-10-01 with 60 days' notice: deadline 2026-08-02
#     deliverable 4  a long title full of commas, semicolons, backslashes and
#                    accented letters, due 2026-05-29
#     promise 3  a long text over several lines (tabs, a blank line, emoji,
#                every character iCalendar escapes), due 2026-03-05
#     follow-up every month, next 2026-04-30 (a series on the 30th: no date
#                in February)
#
#   engagement 3 launch (acme), draft: its due dates are in the feed, not its
#     cadences
#     deliverable 5  Teaser       due 2026-03-25
#     deliverable 6  Second wave  due 2027-06-01 (after the default window)
#
#   engagement 4 old (acme), closed: only its follow-up plan is in the feed
#     deliverable 7  Left open    due 2026-03-15 (not in the feed)
#     follow-up every month, next 2026-03-31 (a series on the 31st: the last
#                day of each month)
#
# Sourced with '. "$TESTDIR/../calendar/fixture.sh"'; it prints nothing.
{
	rapport --today 2025-11-03 init --name "Northwind Consulting" --currency EUR \
		--timezone Europe/Berlin &&
	rapport --today 2025-11-03 client add "Acme Corp" --slug acme --status active &&
	rapport --today 2025-11-03 contact add acme "Ana Lima" --email ana@acme.example \
		--role CTO --signoff --birthday 1985-05-31 &&
	rapport --today 2025-11-03 contact add acme "Bob Stone" --email bob@acme.example \
		--birthday 1992-02-29 &&
	rapport --today 2025-11-03 client add 'Smith, Jones; Partners \ Co "Ltd"' --slug smith &&
	rapport --today 2025-11-03 contact add smith "Zoë Ñúñez-Ørsted" --role "Head of Ops, EMEA" \
		--birthday 1990-03-15 &&

	rapport --today 2026-02-02 engagement add acme "Shop relaunch" --slug shop --type fixed \
		--value 20000 --start 2026-02-02 --end 2026-06-30 --payment-terms-days 30 \
		--notice-days 30 --renewal manual --renewal-date 2026-07-01 \
		--report-every 2w --meet-every 1w &&
	rapport --today 2026-02-02 deliverable add shop "New checkout" \
		--accept "Orders complete in three steps" --due 2026-04-30 --reviewer 1 &&
	rapport --today 2026-02-02 deliverable add shop "Product pages" --due 2026-06-15 &&
	rapport --today 2026-02-02 deliverable add shop "Style guide" --due 2026-03-20 \
		--reviewer 1 &&
	rapport --today 2026-02-02 payment add shop --kind upfront --amount 30% \
		--trigger date:2026-03-02 --verify "The signed contract" &&
	rapport --today 2026-02-02 payment add shop --kind milestone --amount 40% \
		--trigger deliverable:1 &&
	rapport --today 2026-02-02 payment add shop --kind final --amount 30% \
		--trigger date:2026-07-15 --verify "The shop is live" &&
	rapport --today 2026-03-02 kickoff shop --override "Signed in a hurry" &&
	rapport --today 2026-03-02 deliverable submit 3 &&
	rapport --today 2026-03-02 deliverable accept 3 &&
	rapport --today 2026-03-02 payment invoice 1 --number INV-001 &&
	rapport --today 2026-03-02 log shop "Kickoff meeting" --channel meeting --by us &&
	rapport --today 2026-03-02 promise add shop "Send the staging URL" --to 1 \
		--due 2026-03-10 &&
	rapport --today 2026-03-02 promise add shop "Share the test plan" --due 2026-03-05 &&
	rapport --today 2026-03-02 promise keep 2 &&

	rapport --today 2025-12-01 engagement add smith "Care; support, \\ and more" --slug care \
		--type retainer --start 2025-12-01 --end 2026-08-31 --forecast-end 2026-09-30 \
		--notice-days 60 --renewal auto --renewal-date 2026-10-01 \
		--report-every 1m --meet-every 10 &&
	rapport --today 2025-12-31 kickoff care --override "Retainer: the gate does not fit" &&
	rapport --today 2026-02-20 log care "Call about the backlog" --channel call --by client &&
	rapport --today 2026-02-25 log care "Internal: plan the next call" --channel note --by us &&
	rapport --today 2026-03-02 deliverable add care \
		"Überprüfung;der,Daten\\für€Kunden—Ünïcødé;Straße,Größe\\Maß€—ÄÖÜäöüß;Ça,coûte\\très€cher—naïve;café,résumé\\über€Maßnahmen" \
		--accept $'Line one, with a comma; and a semicolon.\nLine two: a backslash \\ and "quotes".' \
		--due 2026-05-29 &&
	rapport --today 2026-03-02 promise add care \
		$'Call back about "the invoice", the refund; and the new contract \\ terms: éèê € 😀 中文 नमस्ते — this first line is long enough that it has to be folded more than once, even twice or three times, because iCalendar lines stop at seventy-five octets\n\tindented by a tab; then a blank line follows\n\nÜmlaut-lastige Zeile: ÄÖÜäöüß ÄÖÜäöüß ÄÖÜäöüß ÄÖÜäöüß ÄÖÜäöüß ÄÖÜäöüß ÄÖÜäöüß ÄÖÜäöüß ÄÖÜäöüß ÄÖÜäöüß\n😀😁😂😃😄😅😆😇😈😉😊😋😌😍😎😏😐😑😒😓😔😕😖😗😘😙\n€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€€ßßßßßßßßßßßßßßßßßßßßßßßßßßßßßß\nends with a backslash \\' \
		--due 2026-03-05 &&
	rapport --today 2026-03-02 followup care --every 1m --next 2026-04-30 &&

	rapport --today 2026-02-02 engagement add acme "Launch campaign" --slug launch --type tm \
		--report-every 1w --meet-every 1w &&
	rapport --today 2026-02-02 deliverable add launch "Teaser" --due 2026-03-25 &&
	rapport --today 2026-02-02 deliverable add launch "Second wave" --due 2027-06-01 &&

	rapport --today 2025-11-03 engagement add acme "Old site" --slug old --type fixed \
		--start 2025-11-03 --end 2026-01-31 --report-every 2w &&
	rapport --today 2025-11-03 deliverable add old "Left open" --due 2026-03-15 &&
	rapport --today 2025-11-03 kickoff old --override "Small job" &&
	rapport --today 2026-01-31 deliver old &&
	rapport --today 2026-01-31 closing old &&
	rapport --today 2026-02-02 close old --override "The last deliverable was dropped" &&
	rapport --today 2026-02-02 followup old --every 1m --next 2026-03-31
} >/dev/null || echo "calendar/fixture.sh: the setup failed" >&2
