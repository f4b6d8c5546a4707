#!/bin/sh
# Builds fuzz_inspect (clang, libFuzzer, ASan, UBSan) in a build directory of its own and fuzzes it.
#   tests/fuzz/run-fuzz.sh [SECONDS]        default 60; CI runs it with 60
# Environment:
#   KEYDESK_FUZZ_BUILD_DIR  build directory (default: <source>/build-fuzz)
#   KEYDESK_VECTORS_DIR     the vectors (default: <source>/../shared/vectors)
#   CXX                     compiler (default: clang++)
#   JOBS                    build parallelism (default: 2)
#   FUZZ_ARGS               extra libFuzzer flags, e.g. "-jobs=2 -workers=2"
# Exits 0 when the run ends without a finding; non-zero on a crash, a leak, an undefined-behaviour report,
# a timeout, running out of memory, or a build failure. Findings are kept in <build>/fuzz-artifacts/.
set -eu

seconds=${1:-60}
case $seconds in
'' | *[!0-9]*)
    echo "usage: $0 [SECONDS]" >&2
    exit 2
    ;;
esac

here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build_dir=${KEYDESK_FUZZ_BUILD_DIR:-$source_dir/build-fuzz}
vectors_dir=${KEYDESK_VECTORS_DIR:-$source_dir/../shared/vectors}
vectors_dir=$(cd "$vectors_dir" && pwd)

# Debug keeps Q_ASSERT and the other debug checks on; -O1 keeps the fuzzer fast.
cmake -S "$source_dir" -B "$build_dir" -G Ninja \
    -DCMAKE_CXX_COMPILER="${CXX:-clang++}" \
    -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" \
    -DKEYDESK_BUILD_FUZZERS=ON \
    -DKEYDESK_BUILD_TESTS=OFF \
    -DKEYDESK_BUILD_BENCHMARKS=OFF \
    -DKEYDESK_VECTORS_DIR="$vectors_dir"
cmake --build "$build_dir" --target fuzz_inspect -j "${JOBS:-2}"

fuzzer=$build_dir/tests/fuzz/fuzz_inspect
corpus=$build_dir/fuzz-corpus      # what this fuzzer found; kept between local runs
artifacts=$build_dir/fuzz-artifacts # crash-*, leak-*, timeout-*, oom-*
mkdir -p "$corpus" "$artifacts"
rm -f "$artifacts"/crash-* "$artifacts"/leak-* "$artifacts"/timeout-* "$artifacts"/oom-* "$artifacts"/slow-unit-*

set -- "$corpus" "$build_dir/tests/fuzz/seeds"
if [ -d "$here/regressions" ]; then
    set -- "$@" "$here/regressions"
fi

status=0
# shellcheck disable=SC2086 # FUZZ_ARGS is a list of flags
KEYDESK_VECTORS_DIR=$vectors_dir \
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1} \
    UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
    LC_ALL=C.UTF-8 \
    "$fuzzer" \
    -max_total_time="$seconds" \
    -detect_leaks=1 \
    -max_len=65536 \
    -rss_limit_mb=2048 \
    -timeout=10 \
    -dict="$here/inspect.dict" \
    -artifact_prefix="$artifacts/" \
    -print_final_stats=1 \
    ${FUZZ_ARGS:-} \
    "$@" || status=$?

found=$(find "$artifacts" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | sort)
if [ "$status" -ne 0 ] || [ -n "$found" ]; then
    echo "fuzz_inspect: FAILED (exit status $status)" >&2
    for file in $found; do
        echo "--- $file ($(wc -c <"$file") bytes), hex:" >&2
        od -An -tx1 -v "$file" | tr -d ' \n' | fold -w 128 >&2
        echo >&2
    done
    echo "Reproduce: $fuzzer <file>; keep it as a regression: cp <file> $here/regressions/" >&2
    exit 1
fi
echo "fuzz_inspect: no crash, leak or timeout in ${seconds}s; corpus: $(find "$corpus" -type f | wc -l) new inputs in $corpus"
