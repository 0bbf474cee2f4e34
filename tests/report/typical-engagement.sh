# A typical engagement two weeks into its work, for the end-to-end report
# transcripts (tests/cli/045*.t, 046*.t): on top of fixtures/active.sh
# (engagement shop, two deliverables, three payments, kicked off 2026-03-02)
# a third deliverable, ten action items (some done, some waiting on the
# client), two changes (one approved, one proposed), the first deliverable
# accepted and its milestone invoiced, a request open, a risk disclosed.
# Its progress report of 2026-03-16 is what a consultancy sends every two
# weeks: one page.
#
# Sourced with ". "$TESTDIR/../report/typical-engagement.sh"" after
# fixtures/active.sh; it prints nothing.
{
	rapport --today 2026-03-02 deliverable add shop "Order dashboard" \
		--accept "Orders of the day on one screen" --estimate 60 \
		--assume "Read access to the order database" --due 2026-06-20 --reviewer 1 &&
	rapport --today 2026-03-03 action add shop "Set up the staging shop" --due 2026-03-06 &&
	rapport --today 2026-03-03 action add shop "Import the product catalogue" --due 2026-03-20 &&
	rapport --today 2026-03-03 action add shop "Checkout: address form with validation" \
		--due 2026-03-13 &&
	rapport --today 2026-03-03 action add shop "Checkout: payment provider integration" \
		--due 2026-03-27 &&
	rapport --today 2026-03-04 action add shop "Send the payment provider keys" --owner client \
		--due 2026-03-13 --waiting-on input &&
	rapport --today 2026-03-04 action add shop "Approve the new checkout wording" \
		--owner client --due 2026-03-18 --waiting-on approval &&
	rapport --today 2026-03-05 action add shop "Product pages: image pipeline" --due 2026-04-10 &&
	rapport --today 2026-03-05 action add shop "Load test with 500 orders a minute" \
		--due 2026-04-03 &&
	rapport --today 2026-03-06 action add shop "Review the staging shop" --owner client \
		--due 2026-03-19 --waiting-on review &&
	rapport --today 2026-03-06 action add shop "Dashboard: order database access" \
		--owner client --due 2026-03-25 --waiting-on resource &&
	rapport --today 2026-03-06 action done 1 &&
	rapport --today 2026-03-13 action done 3 &&
	rapport --today 2026-03-13 action update 2 --percent 60 &&
	rapport --today 2026-03-13 action update 4 --percent 30 &&
	rapport --today 2026-03-13 action update 7 --percent 10 &&
	rapport --today 2026-03-09 deliverable start 1 &&
	rapport --today 2026-03-12 deliverable submit 1 &&
	rapport --today 2026-03-13 deliverable accept 1 --by ana@acme.example \
		--comment "Three steps, as agreed" &&
	rapport --today 2026-03-13 payment invoice 2 --number INV-002 &&
	rapport --today 2026-03-13 deliverable start 2 &&
	rapport --today 2026-03-10 change add shop "PayPal in the checkout" --cost 1500 --days 5 &&
	rapport --today 2026-03-11 change approve 1 --by 1 &&
	rapport --today 2026-03-14 change add shop "Gift cards" --cost 2000 --days 10 &&
	rapport --today 2026-03-15 request add shop "Which browsers must the checkout support?" \
		--at 2026-03-15T10:00 &&
	rapport --today 2026-03-09 risk add shop "The payment provider changes its API in May" \
		--severity high &&
	rapport --today 2026-03-10 risk disclose 1 --alternative "Pin the API version" \
		--alternative "Switch to another provider" &&
	rapport --today 2026-03-09 log shop "Weekly demo" --channel meeting --by us &&
	rapport --today 2026-03-16 log shop "Weekly demo" --channel meeting --by us &&
	rapport --today 2026-03-16 engagement edit shop --forecast-end 2026-07-05
} >/dev/null || echo "typical-engagement.sh: the setup failed" >&2
