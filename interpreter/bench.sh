#!/usr/bin/env bash
# Runs the kernel JMH benchmark (kj.kernel.bench.KernelBench) on JDK 25.
# Extra arguments go to JMH, e.g. `interpreter/bench.sh -p n=1000` or, for the C1-only figures,
# `interpreter/bench.sh -jvmArgsAppend -XX:TieredStopAtLevel=1`.
set -euo pipefail
cd "$(dirname "$0")/.."
java25="${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
mvn -q -o -pl interpreter -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec "$java25" --enable-native-access=ALL-UNNAMED \
    -cp "interpreter/target/test-classes:interpreter/target/classes:$(cat interpreter/target/bench.classpath)" \
    kj.kernel.bench.KernelBench "$@"
