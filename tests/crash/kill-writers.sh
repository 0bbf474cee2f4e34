#!/bin/bash
# Kill rapport with SIGKILL at moments spread over its run while it writes,
# then report how many acknowledged writes (the process exited 0) are
# missing: an acknowledged write must survive a crash of the process at any
# moment.  The kill delays run evenly from 0 to 40 ms, or to one and a half
# times what one write takes when that is longer (a server backend, a loaded
# machine), so that whatever the build's speed some writers die before their
# commit, some in the middle and some after; the script says whether both
# kinds happened, so that a run where every writer died (or none did) cannot
# pass unnoticed.
#
#   tests/crash/kill-writers.sh N     (N writes; the database is $RAPPORT_DB)
set -u
n=${1:-40}
: >acked
start=$(date +%s%N)
rapport log web "timing" --channel note --by us >/dev/null 2>&1
took=$((($(date +%s%N) - start) / 1000000))
spread=$((took * 3 / 2 > 40 ? took * 3 / 2 : 40))
for i in $(seq 1 "$n"); do
	ms=$((((i * 37) % 41) * spread / 40))
	rapport log web "call $i" --channel call --by us >/dev/null 2>&1 &
	pid=$!
	sleep "$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))"
	kill -9 "$pid" 2>/dev/null
	if wait "$pid" 2>/dev/null; then
		echo "call $i" >>acked
	fi
done
rapport --json log list web |
	/usr/bin/python3 -c 'import json,sys; print("\n".join(r["summary"] for r in json.load(sys.stdin)))' >logged
acked=$(wc -l <acked)
echo "acknowledged writes: $([ "$acked" -gt 0 ] && echo some || echo none)"
echo "killed writers: $([ "$acked" -lt "$n" ] && echo some || echo none)"
echo "acknowledged but missing: $(grep -cvxF -f logged acked)"
