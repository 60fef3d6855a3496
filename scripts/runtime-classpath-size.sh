#!/usr/bin/env bash
# What a host gets on its runtime class path when it depends on cls-rules: the number of jars and
# their size, cls-rules itself included. Run after `mvn install -DskipTests` (or package).
# Usage: scripts/runtime-classpath-size.sh [module]   (default cls-rules)
set -euo pipefail
cd "$(dirname "$0")/.."
module=${1:-cls-rules}
list=$(mktemp)
trap 'rm -f "$list"' EXIT
mvn -q -B -pl "$module" dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$list" >/dev/null
jar=$(ls "$module"/target/"$module"-*.jar | grep -v -e sources -e javadoc -e tests | head -1)
{ tr ":" "\n" < "$list"; echo; echo "$jar"; } | grep -v '^$' | xargs stat -c '%s %n' | sort -rn > "$list.sizes"
count=$(wc -l < "$list.sizes")
bytes=$(awk '{s += $1} END {print s}' "$list.sizes")
awk '{printf "%8.0f KB  %s\n", $1 / 1024, $2}' "$list.sizes" | sed "s|$HOME/.m2/repository/||"
printf '%s: %d jars, %.1f MB on the runtime class path\n' "$module" "$count" "$(echo "$bytes / 1048576" | bc -l)"
rm -f "$list.sizes"
