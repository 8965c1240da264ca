#!/bin/sh
# Builds the fuzz targets (Fuzz/build.sh) and runs each with the libFuzzer
# options given, e.g.
#   Fuzz/run.sh -runs=20000            bounded, as CI runs it
#   Fuzz/run.sh -max_total_time=600    ten minutes each (make fuzz)
# Corpora grow in $FUZZ_OUT/corpus-NAME, seeded with the dev-set articles;
# the regression inputs of Tests/Fixtures/fuzz/NAME are replayed first.
# A crash stops the run and leaves its input in $FUZZ_OUT/crash-NAME-*:
# fix it and copy the input into Tests/Fixtures/fuzz/NAME/.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${FUZZ_OUT:-$ROOT/.build-fuzz}
rm -f "$OUT/parley-fuzz-extract" "$OUT/parley-fuzz-dates"
"$ROOT/Fuzz/build.sh" "$OUT" 2>&1 | grep -v "Cannot export local symbol" || true
test -x "$OUT/parley-fuzz-extract" && test -x "$OUT/parley-fuzz-dates"
# Swift's own crash reporter and ASan's do not mix: let ASan and libFuzzer report.
export SWIFT_BACKTRACE=enable=no
for name in extract dates; do
    corpus="$OUT/corpus-$name"
    if [ ! -d "$corpus" ]; then
        mkdir -p "$corpus"
        cp "$ROOT"/Tests/Fixtures/devset/*.txt "$corpus/"
    fi
    echo "fuzzing $name: $*"
    "$OUT/parley-fuzz-$name" -max_len=4096 -timeout=10 -print_final_stats=1 \
        -artifact_prefix="$OUT/crash-$name-" "$@" "$corpus" "$ROOT/Tests/Fixtures/fuzz/$name"
done
