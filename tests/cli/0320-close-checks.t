The checks of the close gate (C-*), one at a time. The engagement of
fixtures/ready.sh is kicked off, its work delivered, and it is closing;
each case below shows a check firing on the records still open, with the
command that moves each on, then types that command and shows the finding
gone. The dates are fixed (today is 2026-03-02).

  $ . "$TESTDIR/fixtures/ready.sh"
  $ rapport kickoff website >/dev/null
  $ rapport deliver website >/dev/null
  $ rapport closing website
  engagement 'website' is now closing

Nothing is accepted, paid or said goodbye to yet.

  $ rapport check website
  website: blocker C-DELIVERED: deliverable 1 'Design' was never delivered, neither accepted nor waived
    hint: rapport deliverable waive 1 --reason "..."
  website: blocker C-DELIVERED: deliverable 2 'Build' was never delivered, neither accepted nor waived
    hint: rapport deliverable waive 2 --reason "..."
  website: blocker C-PAID: payment 1 is neither paid nor written off
    hint: rapport payment pay 1
  website: blocker C-PAID: payment 2 is neither paid nor written off
    hint: rapport payment pay 2
  website: blocker C-PAID: payment 3 is neither paid nor written off
    hint: rapport payment pay 3
  website: blocker C-REPORT: no close-out report was sent
    hint: rapport report closeout website --send
  website: blocker C-EXIT: no exit interview is recorded
    hint: rapport exit website --liked "..." --disliked "..." --improve "..."
  website: warning C-TESTIMONIAL: no testimonial was asked for
    hint: rapport testimonial request website
  website: blocker C-FOLLOWUP: no stay-in-touch plan is scheduled
    hint: rapport followup website --every DURATION
  website: warning C-RETRO: no retrospective was held
    hint: rapport retro website --well "..." --badly "..." --team "..."
  website: close: 8 blockers, 2 warnings; next deadline 2026-04-10: deliverable 1 'Design' is due
  [1]

C-DELIVERED: every deliverable accepted, or waived with a reason. The
message says where each one stands: planned, in progress, submitted,
rejected.

  $ rapport deliverable start 1 >/dev/null
  $ rapport deliverable submit 2 >/dev/null
  $ rapport deliverable add website "Copy" --accept "Texts for every page" --reviewer 1 >/dev/null
  $ rapport deliverable submit 3 >/dev/null
  $ rapport deliverable reject 3 --comment "Too long" >/dev/null
  $ rapport deliverable add website "Training" --accept "Two sessions held" --reviewer 1 >/dev/null
  $ rapport check website | grep -A1 C-DELIVERED
  website: blocker C-DELIVERED: deliverable 1 'Design' is still in progress, neither accepted nor waived
    hint: rapport deliverable waive 1 --reason "..."
  website: blocker C-DELIVERED: deliverable 2 'Build' is submitted and not yet accepted
    hint: rapport deliverable accept 2
  website: blocker C-DELIVERED: deliverable 3 'Copy' was rejected and not resubmitted or waived
    hint: rapport deliverable waive 3 --reason "..."
  website: blocker C-DELIVERED: deliverable 4 'Training' was never delivered, neither accepted nor waived
    hint: rapport deliverable waive 4 --reason "..."
  $ rapport deliverable submit 1 >/dev/null
  $ rapport deliverable accept 1 --by ana@acme.example
  deliverable 1 is now accepted
  $ rapport deliverable accept 2
  deliverable 2 is now accepted
  $ rapport deliverable waive 3 --reason "The client writes the copy"
  deliverable 3 is now waived
  $ rapport check website | grep -A1 C-DELIVERED
  website: blocker C-DELIVERED: deliverable 4 'Training' was never delivered, neither accepted nor waived
    hint: rapport deliverable waive 4 --reason "..."

Waiving needs a reason.

  $ rapport deliverable waive 4 --reason ""
  error: missing --reason (expected text of at most 4000 characters)
  [2]
  $ rapport deliverable waive 4 --reason "Nobody to train: the client hired an agency"
  deliverable 4 is now waived
  $ rapport check website | grep -A1 C-DELIVERED || echo "no C-DELIVERED finding"
  no C-DELIVERED finding

C-PAID: every payment paid or written off. Accepting the deliverables made
their payments due; one is invoiced. The message says where each stands.

  $ rapport payment invoice 3 --number INV-2026-014 >/dev/null
  $ rapport check website | grep -A1 C-PAID
  website: blocker C-PAID: payment 1 is neither paid nor written off
    hint: rapport payment pay 1
  website: blocker C-PAID: payment 2 is due and not paid
    hint: rapport payment pay 2
  website: blocker C-PAID: payment 3 is invoiced and not paid
    hint: rapport payment pay 3
  $ rapport payment pay 1
  payment 1 is now paid
  $ rapport payment pay 2
  payment 2 is now paid
  $ rapport check website | grep -A1 C-PAID
  website: blocker C-PAID: payment 3 is invoiced and not paid
    hint: rapport payment pay 3
  $ rapport payment writeoff 3 --reason "Settled against the rejected copy"
  payment 3 is now written_off
  $ rapport check website | grep -A1 C-PAID || echo "no C-PAID finding"
  no C-PAID finding

The goodbye: C-REPORT (a close-out report sent), C-EXIT (an exit
interview), C-FOLLOWUP (a stay-in-touch plan), and the warnings
C-TESTIMONIAL and C-RETRO. Each hint, typed, clears its finding.

  $ rapport check website
  website: blocker C-REPORT: no close-out report was sent
    hint: rapport report closeout website --send
  website: blocker C-EXIT: no exit interview is recorded
    hint: rapport exit website --liked "..." --disliked "..." --improve "..."
  website: warning C-TESTIMONIAL: no testimonial was asked for
    hint: rapport testimonial request website
  website: blocker C-FOLLOWUP: no stay-in-touch plan is scheduled
    hint: rapport followup website --every DURATION
  website: warning C-RETRO: no retrospective was held
    hint: rapport retro website --well "..." --badly "..." --team "..."
  website: close: 3 blockers, 2 warnings
  [1]

C-REPORT asks for a close-out report kept as sent. Neither a report only
logged as an interaction, nor a close-out report printed without --send,
nor a progress report sent is one.

  $ rapport log website "Close-out report" --channel report --by us --topic closeout >/dev/null
  $ rapport check website | grep -A1 C-REPORT
  website: blocker C-REPORT: no close-out report was sent
    hint: rapport report closeout website --send
  $ rapport report closeout website --format json >/dev/null
  $ rapport check website | grep -A1 C-REPORT
  website: blocker C-REPORT: no close-out report was sent
    hint: rapport report closeout website --send
  $ rapport report progress website --send >/dev/null
  sent: report 1 (progress, 2026-03-02 to 2026-03-02)
  $ rapport check website | grep -A1 C-REPORT
  website: blocker C-REPORT: no close-out report was sent
    hint: rapport report closeout website --send

The hint, typed, sends it and clears the finding.

  $ rapport report closeout website --send >/dev/null
  sent: report 2 (closeout, 2026-03-02 to 2026-03-02)
  $ rapport check website | grep -A1 C-REPORT || echo "no C-REPORT finding"
  no C-REPORT finding

  $ rapport exit website --liked "The weekly demos" --disliked "Slow hosting setup" --improve "Earlier staging" --rating 9 --refer yes >/dev/null
  $ rapport check website | grep -A1 C-EXIT || echo "no C-EXIT finding"
  no C-EXIT finding
  $ rapport followup website --every 6m >/dev/null
  $ rapport check website | grep -A1 C-FOLLOWUP || echo "no C-FOLLOWUP finding"
  no C-FOLLOWUP finding
  $ rapport retro website --well "Demos" --badly "Estimates for the build" --team "Strong" >/dev/null
  $ rapport check website | grep -A1 C-RETRO || echo "no C-RETRO finding"
  no C-RETRO finding

C-TESTIMONIAL (a warning): none asked for; asked for (or drafted by us)
with no answer recorded; answered.

  $ rapport testimonial request website
  testimonial of 'website' added
  $ rapport check website
  website: warning C-TESTIMONIAL: testimonial of 'website' was asked for, no answer is recorded
    hint: rapport testimonial approve website --publish
  website: close: 0 blockers, 1 warning; next deadline 2026-09-02: the next follow-up touch is due
  $ rapport testimonial draft website --text "They made our shop fast." >/dev/null
  $ rapport check website | grep -A1 C-TESTIMONIAL
  website: warning C-TESTIMONIAL: testimonial of 'website' 'They made our shop fast.' was asked for, no answer is recorded
    hint: rapport testimonial approve website --publish
  $ rapport testimonial approve website --publish
  testimonial of 'website' is now approved
  $ rapport check website
  website: close: 0 blockers, 0 warnings; next deadline 2026-09-02: the next follow-up touch is due

A declined testimonial is an answer too (on a second engagement, with
--all, as it is a draft).

  $ rapport engagement add acme "Hosting" --slug hosting --type retainer >/dev/null
  $ rapport testimonial request hosting >/dev/null
  $ rapport check hosting --all | grep -A1 C-TESTIMONIAL
  hosting: warning C-TESTIMONIAL: testimonial of 'hosting' was asked for, no answer is recorded
    hint: rapport testimonial approve hosting --publish
  $ rapport testimonial decline hosting
  testimonial of 'hosting' is now declined
  $ rapport check hosting --all | grep -A1 C-TESTIMONIAL || echo "no C-TESTIMONIAL finding"
  no C-TESTIMONIAL finding

A reason of blanks only is no reason: the waiver is refused and the
deliverable still counts as never delivered.

  $ rapport deliverable add hosting "Monitoring" --accept "Alerts reach the on-call phone" >/dev/null
  $ rapport deliverable waive 5 --reason "   "
  error: missing --reason (expected text of at most 4000 characters)
  [2]
  $ rapport check hosting --all | grep -A1 C-DELIVERED
  hosting: blocker C-DELIVERED: deliverable 5 'Monitoring' was never delivered, neither accepted nor waived
    hint: rapport deliverable waive 5 --reason "..."

The website engagement now passes the close gate. Each remaining check is
shown by opening a record, seeing the finding, and moving it on.

C-PUNCH: every punch-list item fixed.

  $ rapport punch add website "The footer overlaps on small phones"
  punch-list item 1 added
  $ rapport check website
  website: blocker C-PUNCH: punch-list item 1 'The footer overlaps on small phones' is not fixed
    hint: rapport punch fix 1
  website: close: 1 blocker, 0 warnings; next deadline 2026-09-02: the next follow-up touch is due
  [1]
  $ rapport punch fix 1 >/dev/null
  $ rapport check website
  website: close: 0 blockers, 0 warnings; next deadline 2026-09-02: the next follow-up touch is due

C-PO: no open purchase order. An open order is fulfilled, then closed; a
fulfilled one still has to be closed.

  $ rapport po add website PO-77 --vendor "Print Co" --amount 500 >/dev/null
  $ rapport po add website PO-78 --vendor "Photo Studio" --amount 1200 >/dev/null
  $ rapport po fulfil 2 >/dev/null
  $ rapport check website
  website: blocker C-PO: purchase order 1 'PO-77' is still open
    hint: rapport po fulfil 1
  website: blocker C-PO: purchase order 2 'PO-78' is fulfilled but not closed
    hint: rapport po close 2
  website: close: 2 blockers, 0 warnings; next deadline 2026-09-02: the next follow-up touch is due
  [1]
  $ rapport po fulfil 1 >/dev/null
  $ rapport check website | grep -A1 C-PO
  website: blocker C-PO: purchase order 1 'PO-77' is fulfilled but not closed
    hint: rapport po close 1
  website: blocker C-PO: purchase order 2 'PO-78' is fulfilled but not closed
    hint: rapport po close 2
  $ rapport po close 1 >/dev/null
  $ rapport po close 2 >/dev/null
  $ rapport check website
  website: close: 0 blockers, 0 warnings; next deadline 2026-09-02: the next follow-up touch is due

C-PENDING: no open client request, undecided change request, open action
item or unkept commitment.

  $ rapport request add website "Can we get the logo files?" --at 2026-02-27T10:00:00Z >/dev/null
  $ rapport change add website "Add a blog" --cost 2000 >/dev/null
  $ rapport action add website "Send the hosting credentials" --owner client >/dev/null
  $ rapport promise add website "Send the invoice copy" --due 2026-03-05 >/dev/null
  $ rapport check website
  website: blocker C-PENDING: request 1 'Can we get the logo files?' is not answered
    hint: rapport request answer 1
  website: blocker C-PENDING: change request 1 'Add a blog' is still proposed, not decided (approve or reject it)
    hint: rapport change approve 1
  website: blocker C-PENDING: action item 1 'Send the hosting credentials' is still open
    hint: rapport action done 1
  website: blocker C-PENDING: promise 1 'Send the invoice copy' is not kept
    hint: rapport promise keep 1
  website: close: 4 blockers, 0 warnings; next deadline 2026-03-05: promise 1 'Send the invoice copy' is due
  [1]
  $ rapport request answer 1 >/dev/null
  $ rapport change reject 1 >/dev/null
  $ rapport action done 1 >/dev/null
  $ rapport promise keep 1 >/dev/null
  $ rapport check website
  website: close: 0 blockers, 0 warnings; next deadline 2026-09-02: the next follow-up touch is due

C-MATERIAL: excess materials returned, and the client's own equipment
returned even while in use; our own equipment in use stays with us.

  $ rapport material add website "Test phones" --qty 3 --owner client >/dev/null
  $ rapport material add website "Laptop" --owner us >/dev/null
  $ rapport material add website "Spare cables" --qty 20 --owner us >/dev/null
  $ rapport material excess 3 >/dev/null
  $ rapport check website
  website: blocker C-MATERIAL: material 1 'Test phones' belongs to the client and is not returned
    hint: rapport material return 1
  website: blocker C-MATERIAL: material 3 'Spare cables' is excess and not returned
    hint: rapport material return 3
  website: close: 2 blockers, 0 warnings; next deadline 2026-09-02: the next follow-up touch is due
  [1]
  $ rapport material return 1 >/dev/null
  $ rapport material return 3 >/dev/null
  $ rapport check website
  website: close: 0 blockers, 0 warnings; next deadline 2026-09-02: the next follow-up touch is due
  $ rapport material list website
  ID  MATERIAL      QTY  OWNED BY  STATE
  1   Test phones   3    client    returned
  2   Laptop        1    us        in_use
  3   Spare cables  20   us        returned

Our own equipment, once excess, has to go back too.

  $ rapport material excess 2 >/dev/null
  $ rapport check website | grep -A1 C-MATERIAL
  website: blocker C-MATERIAL: material 2 'Laptop' is excess and not returned
    hint: rapport material return 2
  $ rapport material return 2 >/dev/null
  $ rapport check website | grep -A1 C-MATERIAL || echo "no C-MATERIAL finding"
  no C-MATERIAL finding

C-PAYABLE: every vendor bill paid, disputed ones included.

  $ rapport bill add website --vendor "Hosting Ltd" --amount 300 --due 2026-03-15 >/dev/null
  $ rapport bill add website --vendor "Fonts Inc" --amount 90 >/dev/null
  $ rapport bill dispute 2 >/dev/null
  $ rapport check website
  website: blocker C-PAYABLE: bill 1 'Hosting Ltd' is not paid
    hint: rapport bill pay 1
  website: blocker C-PAYABLE: bill 2 'Fonts Inc' is disputed and not settled
    hint: rapport bill pay 2
  website: close: 2 blockers, 0 warnings; next deadline 2026-09-02: the next follow-up touch is due
  [1]
  $ rapport bill pay 1 >/dev/null
  $ rapport bill pay 2 >/dev/null
  $ rapport check website
  website: close: 0 blockers, 0 warnings; next deadline 2026-09-02: the next follow-up touch is due

C-DOCS: every document current, handed over and acknowledged by the
client; each hint moves a document one step on.

  $ rapport document add website "Admin manual" --kind manual >/dev/null
  $ rapport document add website "Runbook" --kind runbook >/dev/null
  $ rapport document add website "Design system" >/dev/null
  $ rapport document current 2 >/dev/null
  $ rapport document current 3 >/dev/null
  $ rapport document handover 3 >/dev/null
  $ rapport check website
  website: blocker C-DOCS: document 1 'Admin manual' is a draft: not made current, handed over or acknowledged
    hint: rapport document current 1
  website: blocker C-DOCS: document 2 'Runbook' is current but not handed over or acknowledged
    hint: rapport document handover 2
  website: blocker C-DOCS: document 3 'Design system' is handed over but not acknowledged by the client
    hint: rapport document ack 3 --by CONTACT
  website: close: 3 blockers, 0 warnings; next deadline 2026-09-02: the next follow-up touch is due
  [1]
  $ rapport document current 1 >/dev/null
  $ rapport document handover 1 >/dev/null
  $ rapport document handover 2 >/dev/null
  $ rapport check website | grep -A1 C-DOCS
  website: blocker C-DOCS: document 1 'Admin manual' is handed over but not acknowledged by the client
    hint: rapport document ack 1 --by CONTACT
  website: blocker C-DOCS: document 2 'Runbook' is handed over but not acknowledged by the client
    hint: rapport document ack 2 --by CONTACT
  website: blocker C-DOCS: document 3 'Design system' is handed over but not acknowledged by the client
    hint: rapport document ack 3 --by CONTACT
  $ rapport document ack 1 --by ana@acme.example >/dev/null
  $ rapport document ack 2 --by 1 >/dev/null
  $ rapport document ack 3 --by 1 >/dev/null
  $ rapport check website
  website: close: 0 blockers, 0 warnings; next deadline 2026-09-02: the next follow-up touch is due

C-NOTICE: an engagement that was never terminated has no notice to check.
One terminated early must have had notice at least the notice period
before the end (30 days here): 29 days is short (terminate says so at
once), 30 days is enough. An engagement without a notice period accepts any
notice.

  $ rapport engagement add acme "Audit" --slug audit --type tm --notice-days 30 >/dev/null
  $ rapport engagement add acme "Migration" --slug migration --type tm --notice-days 30 >/dev/null
  $ rapport engagement add acme "Support" --slug support --type tm >/dev/null
  $ rapport terminate audit --notice-given 2026-03-02 --end 2026-03-31
  engagement 'audit' is now terminated
  warning: C-NOTICE: notice was given on 2026-03-02, 29 days before the end on 2026-03-31; the notice period is 30 days
  $ rapport check audit | grep -A1 C-NOTICE
  audit: blocker C-NOTICE: notice was given on 2026-03-02, 29 days before the end on 2026-03-31; the notice period is 30 days
    hint: rapport close audit --override "..."
  $ rapport terminate migration --notice-given 2026-03-02 --end 2026-04-01
  engagement 'migration' is now terminated
  $ rapport check migration | grep -A1 C-NOTICE || echo "no C-NOTICE finding"
  no C-NOTICE finding
  $ rapport terminate support --notice-given 2026-03-02 --end 2026-03-02
  engagement 'support' is now terminated
  $ rapport check support | grep -A1 C-NOTICE || echo "no C-NOTICE finding"
  no C-NOTICE finding

C-PAID wants every payment collected or written off, the final one
included: a payment added late (here the final one of an engagement ended
early) reopens the finding until it is paid.

  $ rapport engagement add acme "Shop" --slug shop --type fixed --value 1000 >/dev/null
  $ rapport payment add shop --kind upfront --amount 400 --trigger date:2026-03-01 --verify "The signed order" >/dev/null
  $ rapport terminate shop --notice-given 2026-03-02 --end 2026-03-02 >/dev/null
  $ rapport check shop | grep -A1 C-PAID
  shop: blocker C-PAID: payment 4 is neither paid nor written off
    hint: rapport payment pay 4
  $ rapport payment pay 4 >/dev/null
  $ rapport payment add shop --kind final --amount 600 --trigger date:2026-03-02 --verify "The shop is handed over"
  payment 5 added
  $ rapport check shop | grep -A1 C-PAID
  shop: blocker C-PAID: payment 5 is neither paid nor written off
    hint: rapport payment pay 5
  $ rapport payment pay 5 >/dev/null
  $ rapport check shop | grep -A1 C-PAID || echo "no C-PAID finding"
  no C-PAID finding
  $ rapport payment add support --kind milestone --amount 500 --trigger date:2026-03-01 --verify "Tickets closed" >/dev/null
  $ rapport payment pay 6 >/dev/null
  $ rapport check support | grep -A1 C-PAID || echo "no C-PAID finding"
  no C-PAID finding

A fixed price whose schedule adds up to the value and is paid in full has
collected its final payment, whatever the payments are called: the gate
asks for nothing more (adding a "final" payment now would bill more than the
fixed price, and a paid payment can no longer be edited).

  $ rapport engagement add acme "Kiosk" --slug kiosk --type fixed --value 1000 >/dev/null
  $ rapport payment add kiosk --kind upfront --amount 400 --trigger date:2026-03-01 --verify "The signed order" >/dev/null
  $ rapport payment add kiosk --kind milestone --amount 600 --trigger date:2026-03-02 --verify "The kiosk is installed" >/dev/null
  $ rapport payment pay 7 >/dev/null
  $ rapport payment pay 8 >/dev/null
  $ rapport terminate kiosk --notice-given 2026-03-02 --end 2026-03-02 >/dev/null
  $ rapport check kiosk | grep -A1 C-PAID || echo "no C-PAID finding"
  no C-PAID finding
  $ rapport payment edit 8 --kind final
  error: payment 8 is paid and locked; it can no longer be changed
  [2]
