# Parley — make targets:
#   demo    build (release) and run the main job on the embedded default: ingest seeds/articles/
#           into a fresh out/demo.db, list the meetings, write out/demo-events.csv
#   test    build and run the whole test suite (what .ci/run calls)
#   install copy the release binary to $(PREFIX)/bin (default /usr/local)
#   clean   remove build output and demo files
# Both demo and test install libsqlite3-dev with apt-get when its header is missing.

SWIFT ?= swift
PREFIX ?= /usr/local
SQLITE_HEADER ?= /usr/include/sqlite3.h

.PHONY: demo test deps install clean

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

install: deps
	$(SWIFT) build -c release --product parley
	install -d "$(PREFIX)/bin"
	install -m 755 .build/release/parley "$(PREFIX)/bin/parley"

clean:
	rm -rf .build out
