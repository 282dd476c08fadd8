#!/usr/bin/env bash
# The main job on a fresh machine: install dependencies, build the library and the CLI harness,
# assemble the default model, then classify and monitor the sample traffic.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/setup.sh
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
cmake -S . -B build/release "${generator[@]}" -DCMAKE_BUILD_TYPE=Release -DABUSEMON_BUILD_EXAMPLES=ON
cmake --build build/release -j"$(nproc)" --target abusemon_cli
cli="$root/build/release/examples/cli/abusemon"

echo "== abusemon build"
"$cli" info
