#!/usr/bin/env bash
# Runs the kpool JMH benchmark (kj.kpool.bench.AllocateFreeBench) on JDK 25.
# Extra arguments go to JMH, e.g. `kpool/bench.sh -p bytes=64 -f 2`.
set -euo pipefail
cd "$(dirname "$0")/.."
java25="${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
mvn -q -pl kpool test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec "$java25" --enable-native-access=ALL-UNNAMED \
    -cp "kpool/target/test-classes:kpool/target/classes:$(cat kpool/target/bench.classpath)" \
    kj.kpool.bench.AllocateFreeBench "$@"
