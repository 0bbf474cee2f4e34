# The commands a newcomer needs: `make run` (build, fill a demo workspace and
# show it) and `make test` (install what is missing, build with AddressSanitizer
# and UndefinedBehaviorSanitizer, run every test).  Both work on a fresh
# Debian 12 machine as root.

BUILD      ?= build
ASAN_BUILD ?= build-asan
DEMO_DB    ?= $(BUILD)/demo.db

export ASAN_OPTIONS  ?= detect_leaks=1:abort_on_error=0:halt_on_error=1
export UBSAN_OPTIONS ?= print_stacktrace=1:halt_on_error=1

C_SOURCES = $(shell git ls-files '*.c' '*.h' 2>/dev/null)

.PHONY: all deps build asan run test unit cli format format-check bench bench-http clean

all: build

deps:
	@scripts/deps

$(BUILD)/build.ninja:
	meson setup $(BUILD) --buildtype=debugoptimized

build: deps $(BUILD)/build.ninja
	ninja -C $(BUILD)

$(ASAN_BUILD)/build.ninja:
	meson setup $(ASAN_BUILD) --buildtype=debug -Db_sanitize=address,undefined -Db_lundef=false

asan: deps $(ASAN_BUILD)/build.ninja
	ninja -C $(ASAN_BUILD)

# The main job on a demo workspace: fill it (a portfolio with one engagement
# in every state, an owner and a client contact whose demo passwords are
# printed), show what is owed to each client next, then serve the web UI, the
# API and the client portal at http://$(RUN_LISTEN)/ until Ctrl-C.
RUN_LISTEN ?= 127.0.0.1:8080

run: build
	@rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	@$(BUILD)/cli/rapport --db $(DEMO_DB) demo
	@echo
	@$(BUILD)/cli/rapport --db $(DEMO_DB) status
	@echo
	@echo "Log in at http://$(RUN_LISTEN)/ as 'owner' (the team) or at"
	@echo "http://$(RUN_LISTEN)/portal as 'priya' (a client contact), with the"
	@echo "passwords above.  Ctrl-C stops the server.  The CLI works on the same"
	@echo "workspace: export RAPPORT_DB=$(DEMO_DB); $(BUILD)/cli/rapport --help"
	@echo
	@$(BUILD)/cli/rapport --db $(DEMO_DB) serve --listen $(RUN_LISTEN)

# The npm packages of the tests (ical.js for the calendar), exactly as
# package-lock.json pins them: installed again when the lock file changes.
node_modules/.package-lock.json: package-lock.json | deps
	npm ci --no-audit --no-fund
	@touch $@

# Every test runs twice, on SQLite and on PostgreSQL 15: scripts/pg-cluster
# starts a throwaway cluster on 127.0.0.1 for the run and stops it after.
# The server's tests, each a script printing TAP, run on both backends: the
# API cases, the OpenAPI check, the If-Match race, the clean stop, logins
# and their rate limit, the access matrix and the browser tests (whose
# screenshots of every main page land in $(ASAN_BUILD)/screenshots).
SERVER_TESTS = tests/api/run tests/api/openapi-check tests/api/if-match-race \
	tests/api/graceful-stop tests/api/login-limit tests/access/check tests/web/run

test: asan format-check node_modules/.package-lock.json
	@tests/runner/check >/dev/null || { echo "the test runner's self-test failed: tests/runner/check"; exit 1; }
	@RAPPORT_WEB_ARTIFACTS=$(CURDIR)/$(ASAN_BUILD)/screenshots \
		scripts/pg-cluster run tests/run --rapport $(ASAN_BUILD)/cli/rapport \
		--unit-dir $(ASAN_BUILD)/tests/unit --backend sqlite --backend pg $(SERVER_TESTS:%=--tap %)

format:
	clang-format -i $(C_SOURCES)

format-check:
	@bad=$$(for f in $(C_SOURCES); do clang-format --dry-run --Werror "$$f" >/dev/null 2>&1 || echo "$$f"; done); \
	if [ -n "$$bad" ]; then echo "not clang-formatted (run 'make format'):"; echo "$$bad"; exit 1; fi

bench: build
	bench/run

bench-http: build
	bench/http/run

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
