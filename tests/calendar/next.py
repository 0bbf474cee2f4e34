#!/usr/bin/python3
"""Print the next deadline that "rapport check ENG" gives: its date and what
falls due then, for the calendar transcripts to set beside the feed's dates.

usage: next.py ENG [--today DATE]
Run it with /usr/bin/python3, with the rapport under test first on PATH.
"""

import json
import subprocess
import sys


def main():
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        sys.exit("usage: next.py ENG [--today DATE]")
    cmd = ["rapport", "--json"]
    if len(args) == 3 and args[1] == "--today":
        cmd += ["--today", args[2]]
    out = subprocess.run(cmd + ["check", args[0]], capture_output=True)
    if out.returncode not in (0, 1):
        sys.exit(out.stderr.decode())
    n = json.loads(out.stdout)["next_deadline"]
    sys.stdout.reconfigure(encoding="utf-8")
    print("%s %s" % (n["date"], n["what"]) if n else "-")


if __name__ == "__main__":
    main()
