#!/usr/bin/env bash
# Deploys every module to a repository on disk, target/staging, as `mvn deploy` would to Maven
# Central, and checks the layout: for each module its POM, jar, sources and javadoc (and the
# parent POM, and the command line, cls.jar, as cls-cli's "cli" jar).
# Usage: scripts/stage-local.sh
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf target/staging
mvn -q -B deploy -DskipTests -Dinvoker.skip=true -DaltDeploymentRepository=local::file:target/staging
# The project's version: the first <version> of the parent POM, right after its artifactId.
version=$(sed -n 's|^  <version>\(.*\)</version>$|\1|p' pom.xml | head -1)
base=target/staging/io/github/cls4j
missing=0
expect() {
  if ! compgen -G "$base/$1/$version/$2" > /dev/null; then
    echo "missing: $base/$1/$version/$2" >&2
    missing=1
  fi
}
expect cls4j-parent "cls4j-parent-*.pom"
for module in cls-core cls-geography cls-rules cls-samples cls-cli; do
  for suffix in .pom .jar -sources.jar -javadoc.jar; do
    expect "$module" "$module-*[0-9]$suffix"
  done
done
expect cls-cli "cls-cli-*-cli.jar"
[ "$missing" = 0 ] || exit 1
find target/staging -name '*.jar' -o -name '*.pom' | sort
echo "Staged in target/staging: a complete repository layout"
