#!/bin/sh
# Builds the libFuzzer targets of Parley's extraction code with swiftc
# (SwiftPM cannot build -sanitize=fuzzer executables):
#   OUT/parley-fuzz-extract   text → events, with the built-in reference data
#   OUT/parley-fuzz-dates     the date finder and resolver
# ParleyExtract and ParleyResources (the embedded seeds) are compiled with
# -sanitize=fuzzer,address so that libFuzzer sees their coverage.
# Usage: Fuzz/build.sh [OUT]   (default .build-fuzz)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${1:-$ROOT/.build-fuzz}
SWIFTC=${SWIFTC:-swiftc}
FLAGS="-O -g -sanitize=fuzzer,address -parse-as-library"
mkdir -p "$OUT/modules"

# The embedded seed files, as the EmbedFiles plugin makes them.
"$SWIFTC" -O "$ROOT/Sources/embed-files/main.swift" -o "$OUT/embed-files"
set -- "$OUT/EmbeddedFiles.swift" --group migrations
for f in "$ROOT"/Migrations/*.sql; do set -- "$@" "$f"; done
set -- "$@" --group seeds
for f in "$ROOT"/seeds/*.tsv; do set -- "$@" "$f"; done
"$OUT/embed-files" "$@"

# shellcheck disable=SC2086
"$SWIFTC" $FLAGS -wmo -module-name ParleyResources -emit-module -emit-module-path "$OUT/modules/ParleyResources.swiftmodule" \
    -emit-object -o "$OUT/ParleyResources.o" "$ROOT"/Sources/ParleyResources/*.swift "$OUT/EmbeddedFiles.swift"
# shellcheck disable=SC2086
"$SWIFTC" $FLAGS -wmo -enable-testing -module-name ParleyExtract -I "$OUT/modules" \
    -emit-module -emit-module-path "$OUT/modules/ParleyExtract.swiftmodule" \
    -emit-object -o "$OUT/ParleyExtract.o" "$ROOT"/Sources/ParleyExtract/*.swift
for target in extract:ExtractionFuzz dates:DateFuzz; do
    name=${target%%:*}
    file=${target#*:}
    # shellcheck disable=SC2086
    "$SWIFTC" $FLAGS -I "$OUT/modules" "$ROOT/Fuzz/$file.swift" "$OUT/ParleyExtract.o" "$OUT/ParleyResources.o" \
        -o "$OUT/parley-fuzz-$name"
done
echo "built $OUT/parley-fuzz-extract and $OUT/parley-fuzz-dates"
