# Parley — make targets:
#   demo    build (release) and run the main job on the embedded default: ingest seeds/articles/
#           into a fresh out/demo.db, list the meetings, write out/demo-events.csv
#   test    build and run the whole test suite (what .ci/run calls)
#   bench   build (release) and run the benchmark suite: a generated corpus of 10k and 100k articles
#           (BENCH_FLAGS=--full adds 1M), parley against a raw C baseline (Benchmarks/baseline.c),
#           plain SQL and sqlite3 -csv; then --between and export again on a database of 1M events
#           written through the Store (`parley-bench large`, about 4 minutes more on 2 cores;
#           BENCH_FLAGS=--large-events=0 skips it); rewrites BENCHMARKS.md. Installs the sqlite3 shell
#           when missing.
#   fuzz    build the libFuzzer targets (Fuzz/: text → events, and the date resolver) with
#           -sanitize=fuzzer,address and run each for FUZZ_SECONDS (default 600); crashes go to .build-fuzz/
#   fuzz-ci the same, bounded to FUZZ_RUNS executions each (default 5000): the CI step
#   install copy the release binary to $(PREFIX)/bin (default /usr/local)
#   clean   remove build output and demo files
# Both demo and test install libsqlite3-dev with apt-get when its header is missing.

SWIFT ?= swift
PREFIX ?= /usr/local
SQLITE_HEADER ?= /usr/include/sqlite3.h
BENCH_SCRATCH ?= .build-bench
BENCH_FLAGS ?=
CC ?= gcc
FUZZ_SECONDS ?= 600
FUZZ_RUNS ?= 5000

.PHONY: demo test bench fuzz fuzz-ci deps install clean

deps:
	@if [ ! -f "$(SQLITE_HEADER)" ]; then \
		echo "installing libsqlite3-dev"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq libsqlite3-dev; \
	fi

demo: deps
	$(SWIFT) build -c release --product parley
	@rm -rf out && mkdir -p out
	./.build/release/parley ingest --db out/demo.db seeds/articles
	./.build/release/parley meetings --db out/demo.db --status any
	./.build/release/parley export events --db out/demo.db --status any --out out/demo-events.csv
	@echo "wrote out/demo-events.csv ($$(($$(wc -l < out/demo-events.csv) - 1)) events)"

test: deps
	$(SWIFT) build --product parley
	$(SWIFT) test

bench: deps
	@if ! command -v sqlite3 >/dev/null; then \
		echo "installing the sqlite3 shell"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq sqlite3; \
	fi
	$(SWIFT) build -c release --scratch-path $(BENCH_SCRATCH) --product parley
	$(SWIFT) build -c release --scratch-path $(BENCH_SCRATCH) --product parley-bench
	@mkdir -p Benchmarks/.build out/bench
	$(CC) -O2 -Wall -o Benchmarks/.build/c-baseline Benchmarks/baseline.c -lsqlite3
	$(BENCH_SCRATCH)/release/parley-bench run --parley $(BENCH_SCRATCH)/release/parley \
		--baseline Benchmarks/.build/c-baseline --sqlite3 "$$(command -v sqlite3)" \
		--command "make bench$(if $(BENCH_FLAGS), BENCH_FLAGS=$(BENCH_FLAGS))" $(BENCH_FLAGS)

fuzz:
	Fuzz/run.sh -max_total_time=$(FUZZ_SECONDS)

fuzz-ci:
	Fuzz/run.sh -runs=$(FUZZ_RUNS)

install: deps
	$(SWIFT) build -c release --product parley
	install -d "$(PREFIX)/bin"
	install -m 755 .build/release/parley "$(PREFIX)/bin/parley"

clean:
	rm -rf .build .build-fuzz out Benchmarks/.build
