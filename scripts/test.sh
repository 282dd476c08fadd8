#!/usr/bin/env bash
# The test command (README.md): Release and ASan+UBSan builds with their CTest suites (C++ and C
# tests, install/export consumers), the wheel installed into a fresh venv with its pytest suite,
# and the clang-format check. Exits non-zero on any failure.
#
#   scripts/test.sh            everything
#   ABUSEMON_TEST_STAGES="release python" scripts/test.sh    a subset (format release asan tsan
#                                                            python fuzz)
#   ABUSEMON_FUZZ_SECONDS=60 ...                               longer fuzz smoke runs (default 20 s)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
jobs="${ABUSEMON_JOBS:-$(nproc)}"
stages="${ABUSEMON_TEST_STAGES:-format release asan tsan python fuzz}"
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
export CCACHE_DIR="${CCACHE_DIR:-$root/build/.ccache}"

has_stage() { [[ " $stages " == *" $1 "* ]]; }
step() { printf '\n==== %s ====\n' "$*"; }

# The PostgreSQL backend suites (tests/CMakeLists.txt: test_*@postgres) run against a throwaway
# cluster, required: a missing or unreachable server fails them instead of skipping.
if has_stage release || has_stage asan || has_stage python; then
  if [ -z "${ABUSEMON_TEST_POSTGRES_URL:-}" ]; then
    pg_dir="$(mktemp -d /tmp/abusemon-pg.XXXXXX)"
    chmod 755 "$pg_dir"  # the cluster runs as an unprivileged user when we are root
    trap 'bash "$root/scripts/pg_cluster.sh" stop "$pg_dir/c"; rm -rf "$pg_dir"' EXIT
    step "throwaway PostgreSQL cluster"
    eval "$(bash scripts/pg_cluster.sh start "$pg_dir/c")"
    echo "PostgreSQL at $ABUSEMON_TEST_POSTGRES_URL"
  fi
  export ABUSEMON_TEST_POSTGRES_URL
  export ABUSEMON_REQUIRE_POSTGRES=1
fi

if has_stage format; then
  step "clang-format check"
  fmt="$(command -v clang-format-14 || command -v clang-format || true)"
  [ -n "$fmt" ] || { echo "clang-format not found (scripts/setup.sh installs clang-format-14)"; exit 1; }
  git ls-files '*.cpp' '*.hpp' '*.h' '*.c' | xargs -r "$fmt" --dry-run --Werror
  echo "formatting ok"
fi

if has_stage release; then
  step "Release build + CTest"
  cmake -S . -B build/release "${generator[@]}" -DCMAKE_BUILD_TYPE=Release -DABUSEMON_WERROR=ON -DABUSEMON_CCACHE=ON \
    -DABUSEMON_BUILD_TESTS=ON -DABUSEMON_BUILD_EXAMPLES=ON
  cmake --build build/release -j"$jobs"
  ctest --test-dir build/release --output-on-failure -j"$jobs"
fi

if has_stage asan; then
  step "ASan+UBSan build + CTest"
  # Optimised (-O2 -g): the CLI tests run the real default model, far too slow at -O0.
  cmake -S . -B build/asan "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DABUSEMON_WERROR=ON -DABUSEMON_CCACHE=ON \
    -DABUSEMON_SANITIZE=ON -DABUSEMON_BUILD_TESTS=ON -DABUSEMON_BUILD_EXAMPLES=ON
  cmake --build build/asan -j"$jobs"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build/asan --output-on-failure -j"$jobs"
fi

if has_stage tsan; then
  step "ThreadSanitizer build + [concurrency] tests"
  cmake -S . -B build/tsan "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DABUSEMON_WERROR=ON -DABUSEMON_CCACHE=ON \
    -DABUSEMON_SANITIZE_THREAD=ON -DABUSEMON_BUILD_TESTS=ON -DABUSEMON_BUILD_EXAMPLES=OFF
  # Only the Catch2 binaries that declare [concurrency] test cases: the rest ran under ASan, and
  # building them again with TSan would only cost CI time.
  mapfile -t tsan_targets < <(grep -l '\[concurrency\]' tests/cpp/test_*.cpp | xargs -n1 basename | sed 's/\.cpp$//')
  [ "${#tsan_targets[@]}" -gt 0 ] || { echo "TSan: no test source declares [concurrency]"; exit 1; }
  cmake --build build/tsan -j"$jobs" --target "${tsan_targets[@]}"
  ran=0
  for bin in build/tsan/tests/test_*; do
    [ -x "$bin" ] || continue
    # Only binaries that declare [concurrency] test cases run here (the rest ran under ASan).
    # Capture first: with pipefail, `grep -q` closing the pipe early would fail the listing.
    listing="$("$bin" --list-tests "[concurrency]" 2>/dev/null || true)"
    if grep -qE '^[1-9][0-9]* matching test case' <<<"$listing"; then
      echo "-- $bin [concurrency]"
      TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" "$bin" "[concurrency]"
      ran=$((ran + 1))
    fi
  done
  [ "$ran" -gt 0 ] || { echo "TSan: no [concurrency] test cases found"; exit 1; }
  echo "TSan: $ran test binaries with [concurrency] tests passed"
fi

if has_stage python; then
  step "wheel in a fresh venv + pytest"
  venv="$root/build/venv"
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check -r scripts/requirements-dev.txt \
    -r scripts/requirements-test.txt
  "$venv/bin/pip" install -q --disable-pip-version-check --no-build-isolation \
    --config-settings=cmake.define.ABUSEMON_CCACHE=ON "$root"
  # The training tools are their own package (training/); their tests run beside the wheel's.
  "$venv/bin/pip" install -q --disable-pip-version-check --no-build-isolation --no-deps "$root/training"
  # The shipped _core.pyi must be what pybind11-stubgen makes of the built module, and must
  # match it (mypy.stubtest): regenerate with scripts/gen_stubs.sh after changing the bindings.
  fresh="$root/build/_core.pyi.fresh"
  (cd "$root/build" && PYTHON="$venv/bin/python" bash "$root/scripts/gen_stubs.sh" "$fresh")
  diff -u "$root/bindings/python/abusemon/_core.pyi" "$fresh" ||
    { echo "bindings/python/abusemon/_core.pyi is stale: run scripts/gen_stubs.sh"; exit 1; }
  (cd "$root/build" && "$venv/bin/python" -m mypy.stubtest abusemon._core \
    --mypy-config-file "$root/scripts/stubtest_mypy.ini" \
    --allowlist "$root/scripts/stubtest_allowlist.txt")
  # Run from outside the source tree so only the installed packages can be imported.
  (cd "$root/build" && "$venv/bin/python" -m pytest -c "$root/pyproject.toml" \
    --rootdir "$root" "$root/tests/python" "$root/training/tests")
fi

if has_stage fuzz; then
  step "libFuzzer targets (clang, ASan+UBSan) + smoke runs"
  command -v clang++-14 >/dev/null || { echo "clang++-14 not found (scripts/setup.sh)"; exit 1; }
  CC=clang-14 CXX=clang++-14 cmake -S . -B build/fuzz "${generator[@]}" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DABUSEMON_BUILD_FUZZERS=ON -DABUSEMON_SANITIZE=ON -DABUSEMON_CCACHE=ON \
    -DABUSEMON_BUILD_TESTS=OFF -DABUSEMON_BUILD_EXAMPLES=OFF -DABUSEMON_INSTALL=OFF
  cmake --build build/fuzz --target abusemon_fuzzers -j"$jobs"
  # Each target runs from its seeds (tests/fuzz/corpus/<target>) for a short while; a crash, leak,
  # sanitizer report or timeout makes libFuzzer exit non-zero, which fails the stage and leaves
  # the input in build/fuzz/crash-<target>-*. Long runs: docs/SECURITY.md.
  fuzz_secs="${ABUSEMON_FUZZ_SECONDS:-20}"
  for src in tests/fuzz/fuzz_*.cpp; do
    name="$(basename "$src" .cpp)"
    work="build/fuzz/corpus/$name"
    rm -rf "$work" && mkdir -p "$work"
    seeds=("tests/fuzz/corpus/$name")
    [ "$name" = fuzz_model_load ] && seeds+=(tests/data/engine)
    echo "-- $name (${fuzz_secs}s)"
    log="build/fuzz/$name.log"
    if ! ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      "build/fuzz/tests/fuzz/$name" -dict=tests/fuzz/json.dict -max_total_time="$fuzz_secs" \
      -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="build/fuzz/crash-$name-" "$work" "${seeds[@]}" >"$log" 2>&1; then
      tail -n 60 "$log"
      echo "fuzz: $name failed; the input is in build/fuzz/crash-$name-*"
      exit 1
    fi
    grep -E '^(#[0-9]+[[:space:]]+DONE|stat::number_of_executed_units|stat::peak_rss_mb)' "$log" || true
  done
  echo "fuzz: every target ran ${fuzz_secs}s without a finding"
fi
step "all requested test stages passed: $stages"
