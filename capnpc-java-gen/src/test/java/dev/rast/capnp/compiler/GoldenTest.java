package dev.rast.capnp.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pins generated code: each committed request (made by {@code scripts/make-requests.sh}) is
 * generated again and compared byte for byte with its golden files. {@code
 * -Drast.golden.update=true} rewrites the goldens instead; review the diff like code.
 *
 * <p>The goldens of {@code test} and {@code benchmark} are test sources of this module, so they
 * also compile with only the runtime; the golden of {@code schema} is the generator's own
 * checked-in request reader (self-hosting).
 */
class GoldenTest {
  static final boolean UPDATE = Boolean.getBoolean("rast.golden.update");

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "test, dev.rast.testschema, src/test/golden/test",
    "benchmark, dev.rast.benchmark.capnp, src/test/golden/benchmark",
    "schema, dev.rast.capnp.compiler.schema, src/main/java",
    "raft, dev.rast.raft.msg, src/test/golden/raft",
  })
  void generatedCodeMatchesGolden(String request, String pkg, String goldenDir) throws IOException {
    List<GeneratedFile> files =
        Generator.generate(ByteBuffer.wrap(request(request)), new GeneratorOptions(pkg));
    assertFalse(files.isEmpty(), "generator produced no files");
    for (GeneratedFile f : files) {
      Path golden = Paths.get(goldenDir).resolve(f.path());
      if (UPDATE) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, f.content());
        continue;
      }
      assertEquals(
          Files.readString(golden),
          f.content(),
          () -> golden + " differs from the generator's output; if the change is intended, run "
              + "mvn -pl capnpc-java-gen test -Dtest=GoldenTest -Drast.golden.update=true and review the diff");
    }
  }

  /**
   * Generated code reads like hand-written code: one ABI check per file (in the outer class, not
   * in every nested Reader and Builder) and no bare scope blocks.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"test", "benchmark", "schema", "raft"})
  void oneAbiCheckPerFileAndNoBareBlocks(String request) throws IOException {
    for (GeneratedFile f :
        Generator.generate(ByteBuffer.wrap(request(request)), new GeneratorOptions("p"))) {
      assertEquals(
          1,
          f.content().split("Generated\\.checkAbi\\(", -1).length - 1,
          f.path() + ": ABI checks");
      f.content()
          .lines()
          .forEach(line -> assertFalse(line.strip().equals("{"), f.path() + ": a bare block"));
    }
  }

  static byte[] request(String name) throws IOException {
    try (InputStream in = GoldenTest.class.getResourceAsStream("/requests/" + name + ".bin")) {
      if (in == null) {
        throw new IllegalStateException(
            "missing request fixture " + name + ".bin; run scripts/make-requests.sh");
      }
      return in.readAllBytes();
    }
  }
}
