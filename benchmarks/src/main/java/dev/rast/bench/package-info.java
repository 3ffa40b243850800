/**
 * JMH benchmarks of the rast-java runtime, compared with capnproto-java on the same messages.
 * Build with {@code mvn -pl benchmarks -am package}; run {@code java -jar
 * benchmarks/target/benchmarks.jar}. Benchmark state is per thread; nothing here is thread-safe.
 */
package dev.rast.bench;
