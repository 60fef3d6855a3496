#!/usr/bin/env bash
# Builds the project twice from clean and compares every jar it produces, byte for byte.
# Usage: scripts/check-reproducible.sh   (exit 0 and "identical" when the build is reproducible)
set -euo pipefail
cd "$(dirname "$0")/.."

checksums() {
  mvn -q -B clean package -DskipTests >/dev/null
  find . -path '*/target/*.jar' -not -path '*/target/it/*' -not -path '*/target/local-repo/*' -print0 \
    | sort -z | xargs -0 sha256sum
}

first=$(checksums)
second=$(checksums)
if diff <(printf '%s\n' "$first") <(printf '%s\n' "$second"); then
  echo "Reproducible: $(printf '%s\n' "$first" | wc -l) jars identical across two builds"
  printf '%s\n' "$first"
else
  echo "Not reproducible: the jars above differ between two builds of the same commit" >&2
  exit 1
fi
