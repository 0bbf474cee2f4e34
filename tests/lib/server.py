#!/usr/bin/python3
"""Start `rapport serve` on a fresh demo workspace for a test, and stop it.

The shared harness of the server's tests (API cases, the access matrix, the
browser tests).  Each server gets its own workspace: a temporary SQLite file,
or, when the target is a postgres:// URL, a fresh database created on that
PostgreSQL server (and dropped at the end).  The workspace is filled by
`rapport demo`, which prints the demo accounts' passwords; the harness adds a
member account and an API token for every account, then serves on 127.0.0.1
and a free port, and stops the server by its pid (SIGTERM) at the end, even
when the test fails.

From Python (add tests/lib to sys.path):

    from server import Server
    with Server("build/cli/rapport") as srv:            # db: --db / $RAPPORT_TEST_DB
        status, headers, body = srv.request("GET", "/api/v1/me", token=srv.tokens["owner"])
        browser = srv.login("priya")                    # a session: cookies + CSRF token
        status, headers, body = browser.request("GET", "/portal")

    srv.url        "http://127.0.0.1:PORT"
    srv.accounts   {"owner": {"role": "owner", "password": ..., "client": None}, ...}
    srv.tokens     {"owner": "rpt_...", "member": ..., "priya": ..., "spare": ...}
    srv.ids        concrete ids for path patterns (see IDS below)
    srv.cli(*args) runs rapport on the same workspace; returns CompletedProcess

From any other language (the playwright tests), run it as a program:

    tests/lib/server.py --rapport build/cli/rapport [--db TARGET] [--today DATE]

It prints one line of JSON, {"url", "pid", "db", "accounts", "tokens",
"ids"}, then serves until its stdin closes or it gets SIGTERM or SIGINT,
and cleans up.  From Node:

    const h = spawn("python3", ["tests/lib/server.py", "--rapport", bin]);
    const info = JSON.parse(await firstLine(h.stdout));   // info.url, info.accounts
    ...; h.stdin.end();                                     // stops the server

The database target is, in order: the db argument (--db), $RAPPORT_TEST_DB,
$RAPPORT_DB when it is a postgres:// URL, else a temporary SQLite file.
Tests are deterministic: TZ=UTC, LC_ALL=C and a fixed today (2026-11-26 by
default, the demo's own day).
"""

import argparse
import http.client
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse

TODAY = "2026-11-26"
START_TIMEOUT = 20.0
STOP_TIMEOUT = 15.0

# The accounts every server has besides the demo's own (owner, priya): a
# member of the team, and a spare member without a password that tests may
# disable or change.
EXTRA = (("member", "member", "member-demo"), ("spare", "member", None))
# The demo's own accounts, made here when the demo made none: the owner and
# a contact of Acme Logistics (contact 1) in the portal.
FALLBACK_OWNER = ("owner", "owner", None, "northwind-demo")
FALLBACK_CLIENT = ("priya", "client", "1", "acme-demo")

# Concrete values for the {captures} of route patterns, for each role's
# view: "own" is the client contact's own client (Acme Logistics in the
# demo), "other" another client's.
IDS = {
    "own": {"slug": "acme-routing", "client": "acme", "id": "1", "login": "spare"},
    "other": {"slug": "brightside-portal", "client": "brightside", "id": "1", "login": "spare"},
}

ENV_FIXED = {"TZ": "UTC", "LC_ALL": "C"}


def db_target(explicit=None):
    """The database target tests should use: explicit, $RAPPORT_TEST_DB, a
    postgres:// $RAPPORT_DB, or None (a temporary SQLite file)."""
    for t in (explicit, os.environ.get("RAPPORT_TEST_DB")):
        if t:
            return t
    env = os.environ.get("RAPPORT_DB", "")
    if env.startswith(("postgres://", "postgresql://")):
        return env
    return None


class Response:
    """What a request got back: status, headers (lower-case names; a
    repeated header's values joined by a newline), body (bytes)."""

    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body

    def json(self):
        return json.loads(self.body.decode("utf-8"))

    def __iter__(self):
        return iter((self.status, self.headers, self.body))


def http_request(url, method, path, headers=None, body=None, timeout=30.0):
    """One request on a new connection, without following redirects."""
    u = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=timeout)
    try:
        if isinstance(body, (dict, list)):
            body = json.dumps(body)
            headers = dict(headers or {})
            headers.setdefault("Content-Type", "application/json")
        if isinstance(body, str):
            body = body.encode("utf-8")
        conn.request(method, path, body=body, headers=headers or {})
        r = conn.getresponse()
        data = r.read()
        hdrs = {}
        for k, v in r.getheaders():
            k = k.lower()
            hdrs[k] = hdrs[k] + "\n" + v if k in hdrs else v
        return Response(r.status, hdrs, data)
    finally:
        conn.close()


def set_cookies(headers):
    """The name=value pairs of the Set-Cookie headers of a response."""
    out = {}
    for line in headers.get("set-cookie", "").split("\n"):
        if "=" in line:
            name, rest = line.split("=", 1)
            out[name.strip()] = rest.split(";", 1)[0]
    return out


class Session:
    """A browser-like visitor: keeps cookies and sends its CSRF token."""

    def __init__(self, url):
        self.url = url
        self.cookies = {}
        self.csrf = None

    def request(self, method, path, headers=None, body=None, csrf=True):
        h = dict(headers or {})
        if self.cookies:
            h["Cookie"] = "; ".join("%s=%s" % kv for kv in self.cookies.items())
        if csrf and self.csrf and method not in ("GET", "HEAD"):
            h.setdefault("X-CSRF-Token", self.csrf)
        r = http_request(self.url, method, path, h, body)
        for k, v in set_cookies(r.headers).items():
            if v:
                self.cookies[k] = v
            else:
                self.cookies.pop(k, None)
        return r

    def login(self, login, password):
        """Log in through the form as a browser does; returns the response
        of POST /login (303 on success) and learns the session's CSRF
        token from /api/v1/me."""
        self.request("GET", "/login")
        form = urllib.parse.urlencode({"login": login, "password": password,
                                       "_csrf": self.cookies.get("rapport_csrf", "")})
        r = self.request("POST", "/login", {"Content-Type": "application/x-www-form-urlencoded"},
                         form, csrf=False)
        if r.status == 303 and "rapport_session" in self.cookies:
            me = self.request("GET", "/api/v1/me")
            if me.status == 200:
                self.csrf = me.json().get("csrf_token")
        return r


class Server:
    """A rapport server on a fresh demo workspace; use it as a context
    manager, or call start() and stop()."""

    def __init__(self, rapport, db=None, today=TODAY, demo=True, access_log=None,
                 threads=2, keep=False):
        self.rapport = os.path.abspath(rapport)
        self.today = today
        self.demo = demo
        self.threads = threads
        self.keep = keep
        self.tmp = tempfile.mkdtemp(prefix="rapport-server-")
        self.access_log = access_log or os.path.join(self.tmp, "access.log")
        self.target = db_target(db)
        self.pg_admin = None  # the URL to drop our database through
        self.db = None
        self.proc = None
        self.url = None
        self.port = None
        self.accounts = {}
        self.tokens = {}
        self.ids = json.loads(json.dumps(IDS))
        self.env = dict(os.environ, **ENV_FIXED)
        self.env.pop("RAPPORT_DB", None)
        self.env["HOME"] = self.tmp
        self.env["XDG_DATA_HOME"] = self.tmp
        self.env["USER"] = "tester"

    # --- the workspace ---------------------------------------------------

    def _fresh_pg(self, url):
        """A new database on the server of `url`; its URL."""
        name = "rapport_test_" + secrets.token_hex(6)
        try:
            subprocess.run(["psql", "-q", "-v", "ON_ERROR_STOP=1", url, "-c",
                            'CREATE DATABASE "%s"' % name], check=True, env=self.env,
                           capture_output=True, timeout=30)
        except (OSError, subprocess.SubprocessError):
            return url  # no rights to create one: use the target as it is
        self.pg_admin = (url, name)
        u = urllib.parse.urlsplit(url)
        return urllib.parse.urlunsplit((u.scheme, u.netloc, "/" + name, u.query, u.fragment))

    def cli(self, *args, stdin=None, check=True):
        """Run rapport on this workspace (with --today)."""
        return subprocess.run([self.rapport, "--db", self.db, "--today", self.today] +
                              list(args), input=stdin, capture_output=True, text=True,
                              env=self.env, check=check, timeout=120)

    def add_user(self, login, role, contact=None, password=None):
        args = ["user", "add", login, "--role", role]
        if contact:
            args += ["--contact", str(contact)]
        if password:
            args.append("--password-stdin")
        self.cli(*args, stdin=(password + "\n") if password else None)
        self.accounts[login] = {"role": role, "password": password, "client": None}
        self.tokens[login] = self.new_token(login)

    def new_token(self, login):
        return self.cli("user", "token", login).stdout.strip()

    def _prepare(self):
        if self.target and self.target.startswith(("postgres://", "postgresql://")):
            self.db = self._fresh_pg(self.target)
        elif self.target:
            self.db = self.target
        else:
            self.db = os.path.join(self.tmp, "rapport.db")
        if not self.demo:
            self.cli("init")
            return
        out = self.cli("demo").stdout
        for m in re.finditer(r"^\s+(\S+)\s+password\s+(\S+)\s+(.*)$", out, re.M):
            self.accounts[m.group(1)] = {"password": m.group(2), "about": m.group(3)}
        users = json.loads(self.cli("user", "list", "--format", "json").stdout)
        for u in users:
            acc = self.accounts.setdefault(u["login"], {"password": None})
            acc["role"] = u["role"]
            acc["client"] = u.get("client")
            self.tokens[u["login"]] = self.new_token(u["login"])
        if not any(a.get("role") == "owner" for a in self.accounts.values()):
            self.add_user(*FALLBACK_OWNER)
        if not any(a.get("role") == "client" for a in self.accounts.values()):
            self.add_user(*FALLBACK_CLIENT)
            self.accounts[FALLBACK_CLIENT[0]]["client"] = IDS["own"]["client"]
        for login, role, password in EXTRA:
            if login not in self.accounts:
                self.add_user(login, role, password=password)

    # --- the server ------------------------------------------------------

    def start(self):
        try:
            self._prepare()
            self.proc = subprocess.Popen(
                [self.rapport, "--db", self.db, "--today", self.today, "serve", "--listen",
                 "127.0.0.1:0", "--threads", str(self.threads), "--access-log",
                 self.access_log], stdout=subprocess.PIPE,
                stderr=open(os.path.join(self.tmp, "server.err"), "w"), env=self.env,
                text=True)
            line = self._first_line()
            m = re.search(r"at (http://127\.0\.0\.1:(\d+))/", line or "")
            if not m:
                raise RuntimeError("rapport serve did not start: %r; stderr: %s"
                                   % (line, self.stderr()))
            self.url, self.port = m.group(1), int(m.group(2))
        except BaseException:
            self.stop()
            raise
        return self

    def _first_line(self):
        import selectors
        sel = selectors.DefaultSelector()
        sel.register(self.proc.stdout, selectors.EVENT_READ)
        if not sel.select(START_TIMEOUT):
            return None
        return self.proc.stdout.readline()

    def stderr(self):
        try:
            with open(os.path.join(self.tmp, "server.err")) as f:
                return f.read()[-4000:]
        except OSError:
            return ""

    def stop(self, remove=True):
        """Stop the server by its pid and (unless `remove` is false) remove
        the workspace; returns the server's exit status (None if it never
        started).  Calling it again is harmless."""
        code = None
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                code = self.proc.wait(STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                code = self.proc.wait()
        elif self.proc:
            code = self.proc.returncode
        if self.proc and self.proc.stdout:
            self.proc.stdout.close()
        self.proc = None
        if self.pg_admin:
            url, name = self.pg_admin
            subprocess.run(["psql", "-q", url, "-c", 'DROP DATABASE IF EXISTS "%s"' % name],
                           env=self.env, capture_output=True, timeout=30)
            self.pg_admin = None
        if remove and not self.keep:
            shutil.rmtree(self.tmp, ignore_errors=True)
        return code

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
        return False

    # --- requests --------------------------------------------------------

    def request(self, method, path, headers=None, body=None, token=None):
        """One request; `token` (an API token) is sent as a Bearer token."""
        h = dict(headers or {})
        if token:
            h["Authorization"] = "Bearer " + token
        return http_request(self.url, method, path, h, body)

    def session(self):
        return Session(self.url)

    def login(self, login, password=None):
        """A session logged in as `login` (with its demo password)."""
        s = Session(self.url)
        r = s.login(login, password or self.accounts[login]["password"])
        if r.status != 303:
            raise RuntimeError("login as %s failed: %d %r" % (login, r.status, r.body[:200]))
        return s

    def info(self):
        return {"url": self.url, "pid": self.proc.pid if self.proc else None, "db": self.db,
                "accounts": self.accounts, "tokens": self.tokens, "ids": self.ids,
                "access_log": self.access_log}


def main(argv):
    ap = argparse.ArgumentParser(description="serve a fresh demo workspace for a test")
    ap.add_argument("--rapport", required=True, help="the rapport binary")
    ap.add_argument("--db", help="database target (default: $RAPPORT_TEST_DB or a temp file)")
    ap.add_argument("--today", default=TODAY)
    ap.add_argument("--empty", action="store_true", help="an empty workspace, not the demo")
    args = ap.parse_args(argv)
    def on_signal(sig, frame):
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    srv = Server(args.rapport, db=args.db, today=args.today, demo=not args.empty)
    try:
        srv.start()
        print(json.dumps(srv.info()), flush=True)
        while True:
            try:
                if not sys.stdin.read(4096):
                    break
            except (OSError, ValueError):
                break
    finally:
        srv.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
