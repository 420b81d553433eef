#!/usr/bin/env bash
# Runs one conformance stage (openai-sdk, anthropic-sdk or prism-proxy) against
# gateway-sim. The SDKs and Prism come from the npm registry with `npm ci`, at
# the versions package-lock.json pins, into $CONFORMANCE_DIR (the build tree).
# Exit 77 means skipped (CTest's SKIP_RETURN_CODE): no node, or no registry.
set -euo pipefail
stage="$1"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="${CONFORMANCE_DIR:?CONFORMANCE_DIR is not set}"

skip() {
  echo "skipped: $*"
  exit 77
}

command -v node >/dev/null || skip "node is not installed (scripts/install-deps installs nodejs and npm)"
command -v npm >/dev/null || skip "npm is not installed (scripts/install-deps installs nodejs and npm)"
major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$major" -ge 20 ] || skip "node $(node --version) is older than 20, which the SDKs need"

mkdir -p "$work"
# One install for every stage, even when CTest runs them side by side.
install_status=0
(
  flock 9
  if [ -d "$work/node_modules" ] && cmp -s "$here/package-lock.json" "$work/package-lock.json"; then
    exit 0
  fi
  if ! npm ping --fetch-timeout=15000 --fetch-retries=1 >/dev/null 2>&1; then
    exit 77
  fi
  rm -rf "$work/node_modules" "$work/package-lock.json"
  cp "$here/package.json" "$here/package-lock.json" "$work/"
  # The lock file is what gets installed; a mismatch with package.json fails here.
  (cd "$work" && npm ci --no-audit --no-fund --loglevel=error)
) 9>"$work/.install-lock" || install_status=$?
if [ "$install_status" -eq 77 ]; then
  skip "the npm registry is unreachable, so the SDKs and Prism cannot be installed"
elif [ "$install_status" -ne 0 ]; then
  echo "npm ci failed (exit $install_status)"
  exit "$install_status"
fi

# The stages import the packages, so they run from beside node_modules.
cp "$here"/*.mjs "$here/bifrost-openapi.batch-files.json" "$work/"
exec node "$work/$stage.mjs"
