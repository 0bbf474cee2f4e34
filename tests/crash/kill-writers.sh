#!/bin/bash
# Kill rapport with SIGKILL at random moments while it writes, then report
# how many acknowledged writes (the process exited 0) are missing: an
# acknowledged write must survive a crash of the process at any moment.
#
#   tests/crash/kill-writers.sh N     (N writes; the database is $RAPPORT_DB)
set -u
n=${1:-40}
: >acked
for i in $(seq 1 "$n"); do
	rapport log web "call $i" --channel call --by us >/dev/null 2>&1 &
	pid=$!
	sleep "0.00$((RANDOM % 9))"
	kill -9 "$pid" 2>/dev/null
	if wait "$pid" 2>/dev/null; then
		echo "call $i" >>acked
	fi
done
rapport --json log list web |
	/usr/bin/python3 -c 'import json,sys; print("\n".join(r["summary"] for r in json.load(sys.stdin)))' >logged
echo "acknowledged but missing: $(grep -cvxF -f logged acked)"
