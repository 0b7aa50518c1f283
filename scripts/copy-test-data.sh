#!/usr/bin/env bash
# Refreshes test-data/ from the shared fixtures beside this repository
# (../shared/fixtures): the 1.36 discovery documents and the CRDs listed in
# test-data/crds/SOURCES.md. Tests read only test-data/ and snapshots/, so a
# clone of the repository tests itself; only this script needs ../shared.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared/fixtures
[ -d "$shared" ] || { echo "copy-test-data: $shared not found" >&2; exit 1; }
rm -rf test-data/kubernetes-1.36/discovery
mkdir -p test-data/kubernetes-1.36
cp -r "$shared/kubernetes-1.36/discovery" test-data/kubernetes-1.36/
grep -o '^| `[^`]*\.yaml`' test-data/crds/SOURCES.md | sed 's/^| `//; s/`$//' | while read -r file; do
  mkdir -p "test-data/crds/$(dirname "$file")"
  cp "$shared/crds/$file" "test-data/crds/$file"
done
echo "copy-test-data: $(find test-data -type f | wc -l) files"
