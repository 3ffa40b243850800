package dev.rast.capnp.compiler.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.capnp.compiler.SchemaException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of invalid schemas (src/test/resources/invalid, one check each): the Java compiler
 * rejects each with the same errors as capnp's stderr, {@code file:line:col: error: message}
 * line for line (the random id capnp proposes for a file without one aside).
 */
class InvalidSchemasOracleTest {
  static Path corpus() {
    return CapnpOracle.repo().resolve("capnpc-java-gen/src/test/resources/invalid");
  }

  static Stream<String> schemas() throws IOException {
    try (Stream<Path> files = Files.list(corpus())) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".capnp"))
          .sorted()
          .toList()
          .stream();
    }
  }

  private static Set<String> normalized(String errors) {
    return Arrays.stream(errors.split("\n"))
        .map(String::strip)
        .filter(l -> l.contains(": error: "))
        .map(l -> l.replaceAll("@0x[0-9a-f]+;$", "@0x...;"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  @Timeout(30)
  void theCorpusHasAtLeastFiftySchemas() throws IOException {
    assertTrue(schemas().count() >= 50, "corpus size " + schemas().count());
  }

  @ParameterizedTest
  @MethodSource("schemas")
  @Timeout(60)
  void rejectedAsCapnpRejectsIt(String file) {
    SchemaException ours = assertThrows(
        SchemaException.class,
        () -> CompileRequest.compile(corpus(), List.of(), List.of(file), List.of()));
    CapnpOracle.require();
    CapnpOracle.Output capnp = CapnpOracle.compile(corpus(), List.of(file));
    assertNotEquals(0, capnp.exitCode(), "capnp accepted " + file);
    assertEquals(normalized(capnp.stderr()), normalized(ours.getMessage()), file);
  }
}
