Writers that run at the same time queue one after another (PRODUCT.md,
Storage): on SQLite the write lock of the file, on PostgreSQL an advisory
lock every write transaction takes before it reads anything.  No update is
lost, none is reported done and missing, and the audit chain stays whole.
Many processes write to one engagement at once; every one of them must
succeed (a writer that cannot get its turn reports an error, exit 3 on
the command line, and is counted here as failed).

  $ rapport init >/dev/null
  $ rapport client add Acme >/dev/null
  $ rapport engagement add acme Web --slug web --type tm >/dev/null

Twenty-four new action items at once: each gets its own number, none
twice, none missing.

  $ for i in $(seq 1 24); do rapport action add web "task $i" >/dev/null & done
  > failed=0; for p in $(jobs -p); do wait "$p" || failed=$((failed + 1)); done; echo "failed: $failed"
  failed: 0
  $ rapport --json action list web | python3 -c 'import json, sys
  > items = json.load(sys.stdin)
  > print(len(items), sorted(i["id"] for i in items) == list(range(1, 25)),
  >       sorted(i["title"] for i in items) == sorted("task %d" % n for n in range(1, 25)))'
  24 True True

Sixteen edits of the same field at once: each one's "before" is what the
one committed just before it wrote, so none was made from a stale read.

  $ for i in $(seq 1 16); do rapport engagement edit web --objectives "writer $i" >/dev/null & done
  > failed=0; for p in $(jobs -p); do wait "$p" || failed=$((failed + 1)); done; echo "failed: $failed"
  failed: 0
  $ rapport --json history web | python3 -c 'import json, sys
  > edits = [e for e in json.load(sys.stdin) if e["kind"] == "engagement" and e["action"] == "edit"]
  > chained = all(b["before"]["objectives"] == a["after"]["objectives"] for a, b in zip(edits, edits[1:]))
  > print(len(edits), edits[0]["before"]["objectives"], chained,
  >       sorted(e["after"]["objectives"] for e in edits) == sorted("writer %d" % n for n in range(1, 17)))'
  16 None True True
  $ rapport engagement show web | grep -c '^objectives  *writer '
  1

Updates of one action item at once, mixed with new interactions: the
counters, the records and the chain agree afterwards.

  $ for i in $(seq 1 12); do
  >   rapport action update 1 --percent $((i * 5)) >/dev/null &
  >   rapport log web "call $i" --channel call --by us >/dev/null &
  > done
  > failed=0; for p in $(jobs -p); do wait "$p" || failed=$((failed + 1)); done; echo "failed: $failed"
  failed: 0
  $ rapport --json log list web | python3 -c 'import json, sys; print(len(json.load(sys.stdin)))'
  12
  $ rapport --json history | python3 -c 'import json, sys
  > ev = json.load(sys.stdin)
  > print(len(ev), [e["seq"] for e in ev] == list(range(1, len(ev) + 1)))'
  66 True
  $ rapport history --verify
  the audit trail is intact
