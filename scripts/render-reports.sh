#!/usr/bin/env bash
# Renders the HTML reports of the bundled samples with headless Chromium (Debian's chromium
# package): each to PDF, as it prints (A4), and to PNG, as a browser shows its first screen.
#   echantillons         the five seeds, validated on 2026-11-23
#   variante-en-erreur   the Arras contract without its mental-health component: one error
#   portefeuille         the portfolio of the samples on 2026-11-23
# Usage: scripts/render-reports.sh [OUTPUT_FOLDER]   (default target/reports)
# Needs cls-cli/target/cls.jar (mvn -B -q install -DskipTests). CHROMIUM names another browser.
# PrintedReportIT (cls-cli) runs it and checks the PDFs; --update-docs also copies the PNGs to
# docs/screenshots, which the README links.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
update_docs=false
if [ "${1:-}" = "--update-docs" ]; then
  update_docs=true
  shift
fi
out=${1:-$root/target/reports}
jar=$root/cls-cli/target/cls.jar
browser=${CHROMIUM:-chromium}
samples=$root/cls-samples/src/main/resources/io/github/cls4j/samples/contrats

if ! command -v "$browser" > /dev/null; then
  echo "render-reports: $browser is not installed; install Debian's chromium package (apt-get install chromium)" >&2
  exit 2
fi
if [ ! -f "$jar" ]; then
  echo "render-reports: $jar is missing; build it first: mvn -B -q install -DskipTests" >&2
  exit 2
fi
mkdir -p "$out"

# Exit code 1 means a finding is an error: a report was written.
validate() {
  local report=$1
  shift
  java -jar "$jar" validate --as-of 2026-11-23 --format html -o "$out/$report.html" "$@" || [ $? -eq 1 ]
}
seeds=()
for file in "$samples"/*.json; do
  case $file in *--*) ;; *) seeds+=("$file") ;; esac
done
validate echantillons "${seeds[@]}"
validate variante-en-erreur "$samples/000-arras-cua--sans-volet-sante-mentale.json"
java -jar "$jar" portfolio --samples --as-of 2026-11-23 --format html -o "$out/portefeuille.html"

# A profile of its own, so that the user's Chromium is left alone; no sandbox: CI runs as root.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chrome() {
  "$browser" --headless --no-sandbox --disable-gpu --user-data-dir="$profile" --no-first-run "$@" 2> /dev/null
}
for html in "$out"/*.html; do
  name=${html%.html}
  chrome --no-pdf-header-footer --print-to-pdf="$name.pdf" "file://$html"
  chrome --hide-scrollbars --window-size=1280,1600 --screenshot="$name.png" "file://$html"
  echo "$name.pdf $name.png"
done

if $update_docs; then
  mkdir -p "$root/docs/screenshots"
  cp "$out"/*.png "$root/docs/screenshots/"
fi
