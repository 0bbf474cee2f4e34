The health monitor, H-PROACTIVE: of the interactions of the last 90 days,
fewer than 80% were initiated by us.

The engagement shop was kicked off on 2026-03-02 with a kickoff meeting,
ours: 1 of 1.

  $ . "$TESTDIR/fixtures/active.sh"
  $ rapport check shop
  shop: health 100/100, 0 signals; next deadline 2026-03-16: the progress report is due

One e-mail from the client makes it 1 of 2.

  $ rapport log shop "Where are the wireframes?" --channel email --by client
  interaction 2 added
  $ rapport check shop
  shop: warning H-PROACTIVE: 1 of the last 2 interactions in 90 days were ours (50%); aim for at least 80%
    hint: rapport log shop "..." --channel call --by us
  shop: health 90/100, 1 signal; next deadline 2026-03-16: the progress report is due

3 of 4 (75%) is still too few; 4 of 5 (80%) is enough.

  $ rapport log shop "Sent the wireframes" --channel email --by us
  interaction 3 added
  $ rapport log shop "Walked Ana through the wireframes" --channel call --by us
  interaction 4 added
  $ rapport check shop | grep H-PROACTIVE
  shop: warning H-PROACTIVE: 3 of the last 4 interactions in 90 days were ours (75%); aim for at least 80%
  $ rapport log shop "Weekly call" --channel call --by us
  interaction 5 added
  $ rapport check shop
  shop: health 100/100, 0 signals; next deadline 2026-03-16: the progress report is due

Notes are not interactions with the client and count neither way.

  $ rapport log shop "Ana sounded worried" --channel note --by client
  interaction 6 added
  $ rapport log shop "Prepare the demo" --channel note --by us
  interaction 7 added
  $ rapport check shop
  shop: health 100/100, 0 signals; next deadline 2026-03-16: the progress report is due

Reports and meetings count like calls and e-mails: a report the client
sent us is theirs.

  $ rapport log shop "Their own status report" --channel report --by client
  interaction 8 added
  $ rapport check shop | grep H-PROACTIVE
  shop: warning H-PROACTIVE: 4 of the last 6 interactions in 90 days were ours (67%); aim for at least 80%

Only the last 90 days count. Two calls of ours on 2026-03-20 make it 6 of
8 until the interactions of 2026-03-02 leave the window: on 2026-05-30 they
are 89 days old and count, on 2026-05-31 they are 90 days old and do not
(2 of 2, ours).

  $ rapport --today 2026-03-20 log shop "Demo of the checkout" --channel meeting --by us
  interaction 9 added
  $ rapport --today 2026-03-20 log shop "Follow-up on the demo" --channel call --by us
  interaction 10 added
  $ rapport --today 2026-05-30 check shop | grep H-PROACTIVE
  shop: warning H-PROACTIVE: 6 of the last 8 interactions in 90 days were ours (75%); aim for at least 80%
  $ rapport --today 2026-05-31 check shop | grep H-PROACTIVE
  [1]

The window can turn a share the other way: with only an e-mail from the
client and our answer on 2026-03-20, the kickoff meeting keeps it at 2 of 3
until 2026-05-30; without it, from 2026-05-31, it is 1 of 2.

  $ rpdb reset "$RAPPORT_DB"
  $ . "$TESTDIR/fixtures/active.sh"
  $ rapport --today 2026-03-20 log shop "Can we move the demo?" --channel email --by client
  interaction 2 added
  $ rapport --today 2026-03-20 log shop "Friday then" --channel email --by us
  interaction 3 added
  $ rapport --today 2026-05-30 check shop | grep H-PROACTIVE
  shop: warning H-PROACTIVE: 2 of the last 3 interactions in 90 days were ours (67%); aim for at least 80%
  $ rapport --today 2026-05-31 check shop | grep H-PROACTIVE
  shop: warning H-PROACTIVE: 1 of the last 2 interactions in 90 days were ours (50%); aim for at least 80%

The hint, typed, adds an interaction of ours: three of them make 1 of 2
into 4 of 5.

  $ rapport --today 2026-05-31 log shop "Checked in with Ana" --channel call --by us
  interaction 4 added
  $ rapport --today 2026-05-31 log shop "Weekly call" --channel call --by us
  interaction 5 added
  $ rapport --today 2026-05-31 check shop | grep H-PROACTIVE
  shop: warning H-PROACTIVE: 3 of the last 4 interactions in 90 days were ours (75%); aim for at least 80%
  $ rapport --today 2026-05-31 log shop "Sent the test plan" --channel email --by us
  interaction 6 added
  $ rapport --today 2026-05-31 check shop | grep H-PROACTIVE
  [1]

With no interaction at all in the window, H-SILENCE speaks, not
H-PROACTIVE.

  $ rapport --today 2026-12-01 check shop | grep -E "H-(SILENCE|PROACTIVE)"
  shop: warning H-SILENCE: no interaction with the client for 184 days (the last on 2026-05-31); meetings are due every 1w
