The health monitor, H-OVERDUE: an action item past its expected date,
whoever owns it; one waiting on the client for over a week.

  $ . "$TESTDIR/fixtures/active.sh"
  $ rapport action add shop "Set up the staging server" --owner us --due 2026-03-06
  action item 1 added
  $ rapport action add shop "Send the product photos" --owner client --due 2026-03-06
  action item 2 added

On its expected date an action item is due (the next deadline), not late.

  $ rapport --today 2026-03-06 check shop
  shop: health 100/100, 0 signals; next deadline 2026-03-06: action item 1 'Set up the staging server' is due

From the day after, ours and the client's are both past due: one signal,
counted once in the score.

  $ rapport --today 2026-03-07 check shop
  shop: warning H-OVERDUE: our action item 1 'Set up the staging server' is 1 day past its expected date (2026-03-06)
    hint: rapport action update 1 --due DATE
  shop: warning H-OVERDUE: the client's action item 2 'Send the product photos' is 1 day past its expected date (2026-03-06)
    hint: rapport action update 2 --due DATE
  shop: health 90/100, 2 signals; next deadline 2026-03-16: the progress report is due

The hint, typed with a new date, ends it; so does finishing the item.

  $ rapport --today 2026-03-07 action update 1 --due 2026-03-13
  action item 1 updated
  $ rapport --today 2026-03-07 action done 2
  action item 2 is now done
  $ rapport --today 2026-03-07 check shop
  shop: health 100/100, 0 signals; next deadline 2026-03-13: action item 1 'Set up the staging server' is due

Waiting on the client: an item that waits for the client's approval since
2026-03-07 may wait a week (until 2026-03-14) and is flagged from
2026-03-15. While it waits, its own expected date (2026-03-09) is on hold:
it is not also reported past due.

  $ rapport --today 2026-03-07 action add shop "Approve the checkout design" --owner client --due 2026-03-09 --waiting-on approval
  action item 3 added
  $ rapport --today 2026-03-14 check shop | grep "action item 3"
  [1]
  $ rapport --today 2026-03-15 check shop | grep -A1 "action item 3"
  shop: warning H-OVERDUE: action item 3 'Approve the checkout design' has been waiting on the client's approval for 8 days (since 2026-03-07)
    hint: rapport action update 3 --waiting-on none

Each thing waited for reads as the client's.

  $ rapport --today 2026-03-07 action add shop "Staging credentials" --waiting-on input
  action item 4 added
  $ rapport --today 2026-03-07 action add shop "Test devices" --waiting-on resource
  action item 5 added
  $ rapport --today 2026-03-07 action add shop "Copy review" --waiting-on review
  action item 6 added
  $ rapport --today 2026-03-15 check shop | grep -E "action item [456]"
  shop: warning H-OVERDUE: action item 4 'Staging credentials' has been waiting on the client's input for 8 days (since 2026-03-07)
  shop: warning H-OVERDUE: action item 5 'Test devices' has been waiting on a resource from the client for 8 days (since 2026-03-07)
  shop: warning H-OVERDUE: action item 6 'Copy review' has been waiting on the client's review for 8 days (since 2026-03-07)

The wait counts from when the item began to wait, not from when it was
added: item 1, waiting since 2026-03-10, is not flagged on 2026-03-15.

  $ rapport --today 2026-03-10 action update 1 --waiting-on input
  action item 1 updated
  $ rapport --today 2026-03-15 check shop | grep "action item 1"
  [1]
  $ rapport --today 2026-03-18 check shop | grep "action item 1"
  shop: warning H-OVERDUE: action item 1 'Set up the staging server' has been waiting on the client's input for 8 days (since 2026-03-10)

The hint, typed, ends the wait: the client answered. Item 3's own date
then applies again and it is past due; item 4, given a new date, is not.

  $ rapport --today 2026-03-15 action update 3 --waiting-on none
  action item 3 updated
  $ rapport --today 2026-03-15 action update 4 --waiting-on none --due 2026-03-20
  action item 4 updated
  $ rapport --today 2026-03-15 check shop | grep -E "action item [34]"
  shop: warning H-OVERDUE: the client's action item 3 'Approve the checkout design' is 6 days past its expected date (2026-03-09)
