rapport status keeps each engagement's check results between runs and
reuses them until the engagement's records change or the passing of time
may change them. Kept results must never be stale: whatever the days seen
before and the writes made in between, the portfolio is the one computed
afresh.

The sample portfolio is the base. kept.db carries its kept results from
one day to the next; for every day, a copy of base.db with nothing kept
(every kept row marked for recomputation) gives the fresh answer. Both
databases receive the same writes.

  $ rpdb new base
  $ RAPPORT_TODAY=2026-03-02 rapport --db "$(rpdb target base)" demo
  filled workspace 'Northwind Consulting' with 8 sample engagements; try 'rapport engagement list'
  accounts for 'rapport serve' (demo passwords, not for real use):
    owner  password northwind-demo  the team's owner
    priya  password acme-demo       Priya Nair at Acme Logistics, in the client portal
  $ rpdb copy base kept

same.sh DAY... prints each day on which the two portfolios differ (so
silence is the expected answer); base.db itself never shows a portfolio,
and whatever it may hold is marked stale first, so each copy of it
computes everything afresh; check.sh DAY prints each engagement whose
"rapport check" differs between the two databases on that day (check never
uses kept results).

  $ cat > same.sh <<'EOF'
  > rpdb sql base "UPDATE engagement_health SET dirty = 1"
  > for d in "$@"; do
  >   rpdb copy base fresh
  >   kept=$(rapport --db "$(rpdb target kept)" --today "$d" --json status 2>&1)
  >   fresh=$(rapport --db "$(rpdb target fresh)" --today "$d" --json status 2>&1)
  >   case $kept in *'"engagement": "acme-routing"'*) ;; *) echo "$d: no portfolio: $kept";; esac
  >   [ "$kept" = "$fresh" ] || echo "$d: the kept portfolio differs from the fresh one"
  > done
  > EOF
  $ cat > check.sh <<'EOF'
  > for e in acme-routing brightside-portal cobalt-kyc cobalt-reporting acme-warehouse \
  >     dunmore-archive dunmore-subscriptions elm-ordering; do
  >   kept=$(rapport --db "$(rpdb target kept)" --today "$1" --json check "$e" 2>&1)
  >   fresh=$(rapport --db "$(rpdb target base)" --today "$1" --json check "$e" 2>&1)
  >   case $kept in *'"findings"'*) ;; *) echo "$1 $e: no findings: $kept";; esac
  >   [ "$kept" = "$fresh" ] || echo "$1 $e: check differs"
  > done
  > EOF
  $ cat > days.py <<'EOF'
  > import datetime, sys
  > day = datetime.date.fromisoformat(sys.argv[1])
  > for i in range(0, int(sys.argv[2]), int(sys.argv[3])):
  >     print(day + datetime.timedelta(days=i))
  > EOF

The kept results are used at all: after a portfolio on 2026-03-02 and
another on 2026-03-06, some engagements (those that no date touches in
between, such as the closed one) still show what was computed on
2026-03-02.

  $ rapport --db "$(rpdb target kept)" --today 2026-03-02 status >/dev/null
  $ rapport --db "$(rpdb target kept)" --today 2026-03-06 status >/dev/null
  $ rpdb sql kept "SELECT 'kept from 2026-03-02: ' || CASE WHEN count(*) > 0 THEN 'True' ELSE 'False' END FROM engagement_health WHERE computed_on < '2026-03-06'"
  kept from 2026-03-02: True
  $ bash same.sh 2026-03-02 2026-03-06

Every day for the first 45 days, then every 10 days up to 2027-06-30, then
back to a day before the last one and on again.

  $ bash same.sh $(python3 days.py 2026-03-02 45 1) $(python3 days.py 2026-04-16 441 10) 2026-03-20 2026-03-21 2026-05-01
  $ bash check.sh 2026-03-20

Writes go to both databases, each followed by the days around it.

Logging an interaction (a call to the client of acme-routing).

  $ for db in base kept; do rapport --db "$(rpdb target $db)" --today 2026-03-12 log acme-routing "Call with Priya about the depots" --channel call --by us; done
  interaction 32 added
  interaction 32 added
  $ bash same.sh $(python3 days.py 2026-03-10 30 1) 2026-03-12 2026-06-01
  $ bash check.sh 2026-03-12

Answering the open request of brightside-portal.

  $ for db in base kept; do rapport --db "$(rpdb target $db)" --today 2026-03-14 request answer 4; done
  request 4 is now answered
  request 4 is now answered
  $ bash same.sh $(python3 days.py 2026-03-12 20 1) 2026-09-01
  $ bash check.sh 2026-03-14

Accepting the submitted deliverable of brightside-portal.

  $ for db in base kept; do rapport --db "$(rpdb target $db)" --today 2026-03-15 deliverable accept 5; done
  deliverable 5 is now accepted
  deliverable 5 is now accepted
  $ bash same.sh $(python3 days.py 2026-03-13 20 1) 2026-12-01
  $ bash check.sh 2026-03-15

Changing a threshold changes the results of every engagement.

  $ for db in base kept; do rapport --db "$(rpdb target $db)" --today 2026-03-16 settings waiting_days 3; done
  waiting_days is now 3
  waiting_days is now 3
  $ bash same.sh $(python3 days.py 2026-03-01 25 1) $(python3 days.py 2026-04-01 400 30)
  $ bash check.sh 2026-03-16

Renaming a client and an engagement, putting one on hold: the portfolio
shows the new names and state at once.

  $ for db in base kept; do rapport --db "$(rpdb target $db)" --today 2026-03-17 client edit acme --slug acme-logistics; done
  client 'acme-logistics' updated
  client 'acme-logistics' updated
  $ for db in base kept; do rapport --db "$(rpdb target $db)" --today 2026-03-17 engagement edit acme-routing --title "Route planning"; done
  engagement 'acme-routing' updated
  engagement 'acme-routing' updated
  $ for db in base kept; do rapport --db "$(rpdb target $db)" --today 2026-03-17 hold acme-routing; done
  engagement 'acme-routing' is now on_hold
  engagement 'acme-routing' is now on_hold
  $ bash same.sh $(python3 days.py 2026-03-17 10 1) 2026-03-02
  $ bash check.sh 2026-03-17
  $ rapport --db "$(rpdb target kept)" --today 2026-03-17 --json status | grep -A3 '"acme-routing"'
      "engagement": "acme-routing",
      "title": "Route planning",
      "client": "acme-logistics",
      "state": "on_hold",

Time moves within a day too. Without a fixed today, "now" is the clock: a
request due for an answer an hour after it arrived is late from that
minute on, not from the next day. A portfolio kept from the start of the
day (here: computed with today fixed, that is as of midnight) must not
hide a request that became late since; status says what check says.

  $ rpdb new clock
  $ rapport --db "$(rpdb target clock)" init >/dev/null
  $ rapport --db "$(rpdb target clock)" client add "Initech" --slug initech >/dev/null
  $ rapport --db "$(rpdb target clock)" engagement add initech "Helpdesk" --slug helpdesk --type tm --rfi-hours 1 >/dev/null
  $ rapport --db "$(rpdb target clock)" kickoff helpdesk --override "Started on a call" >/dev/null
  $ day=$(date -u +%F); at=$(date -u -d "61 minutes ago" +%Y-%m-%dT%H:%M)
  > rapport --db "$(rpdb target clock)" --today "$day" request add helpdesk "Printer down" --at "$at" >/dev/null
  > rapport --db "$(rpdb target clock)" --today "$day" status >/dev/null
  > env -u RAPPORT_TODAY rapport --db "$(rpdb target clock)" check helpdesk | grep -o "warning H-REQUEST"
  > env -u RAPPORT_TODAY rapport --db "$(rpdb target clock)" --json status | grep -o "H-REQUEST"
  warning H-REQUEST
  H-REQUEST
