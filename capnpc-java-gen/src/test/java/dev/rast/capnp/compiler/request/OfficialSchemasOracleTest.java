package dev.rast.capnp.compiler.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Java schema compiler against {@code capnp compile -o-} on the official schemas and our own:
 * the requests must be equal node for node (canonical encodings), with equal sourceInfo and
 * requestedFiles; only node order and capnpVersion may differ.
 */
class OfficialSchemasOracleTest {
  static Stream<Arguments> schemaSets() {
    Path testdata = CapnpOracle.testdata();
    Path schema = CapnpOracle.repo().resolve("schema");
    return Stream.of(
        Arguments.of(
            testdata,
            List.of("capnp/test.capnp", "capnp/test-import.capnp", "capnp/test-import2.capnp")),
        Arguments.of(testdata, List.of("capnp/schema.capnp")),
        Arguments.of(testdata, List.of("capnp/c++.capnp")),
        Arguments.of(testdata, List.of("capnp/stream.capnp")),
        Arguments.of(testdata, List.of("capnp/compat/json.capnp")),
        Arguments.of(testdata, List.of("capnp/compat/json-test.capnp")),
        Arguments.of(
            testdata,
            List.of(
                "capnp/benchmark/carsales.capnp",
                "capnp/benchmark/catrank.capnp",
                "capnp/benchmark/eval.capnp")),
        Arguments.of(schema, List.of("raft.capnp", "kv.capnp", "capnp/java.capnp")));
  }

  @ParameterizedTest
  @MethodSource("schemaSets")
  @Timeout(120)
  void requestEqualsCapnps(Path dir, List<String> files) {
    CapnpOracle.require();
    CapnpOracle.Output capnp =
        CapnpOracle.compile(dir, Stream.concat(Stream.of("-I."), files.stream()).toList());
    assertEquals(0, capnp.exitCode(), capnp.stderr());
    byte[] ours = CompileRequest.compile(dir, List.of(Path.of(".")), files, List.of());
    List<String> diff = RequestDiff.diff(capnp.stdout(), ours);
    assertTrue(
        diff.isEmpty(),
        () -> diff.size() + " differences:\n"
            + String.join("\n", diff.subList(0, Math.min(diff.size(), 15))));
  }
}
