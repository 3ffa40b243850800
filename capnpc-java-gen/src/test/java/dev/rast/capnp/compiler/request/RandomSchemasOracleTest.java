package dev.rast.capnp.compiler.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Random valid schemas ({@link RandomSchema}: generics, unions, groups, interfaces, struct and
 * list constants, annotations, imports) compiled by capnp and by the Java compiler must give equal
 * requests. Each try writes {@value #BATCH} schema files and compiles them in one capnp run, so a
 * run of {@value #TRIES} tries compares 1,000 schemas.
 */
@AddLifecycleHook(RequiresCapnp.class)
class RandomSchemasOracleTest {
  static final int BATCH = 100;
  static final int TRIES = 10;

  @Property(tries = TRIES)
  void randomSchemasCompileAsCapnpCompilesThem(@ForAll long seed) throws IOException {
    CapnpOracle.require();
    Path dir = Files.createTempDirectory("random-schemas");
    try {
      Files.writeString(dir.resolve("imp.capnp"), RandomSchema.IMPORTED);
      List<String> files = new ArrayList<>();
      for (int i = 0; i < BATCH; i++) {
        String f = "s" + i + ".capnp";
        Files.writeString(dir.resolve(f), RandomSchema.generate(seed + i));
        files.add(f);
      }
      // capnp finds /capnp/stream.capnp in the test data; the Java compiler has it bundled.
      List<String> args = new ArrayList<>(List.of("-I" + CapnpOracle.testdata()));
      args.addAll(files);
      CapnpOracle.Output capnp = CapnpOracle.compile(dir, args);
      assertEquals(
          0,
          capnp.exitCode(),
          "seed " + seed + ": capnp rejected a generated schema: " + capnp.stderr());
      byte[] ours = CompileRequest.compile(dir, List.of(), files, List.of());
      List<String> diff = RequestDiff.diff(capnp.stdout(), ours);
      assertTrue(
          diff.isEmpty(),
          () -> "seed " + seed + ": "
              + String.join("\n", diff.subList(0, Math.min(diff.size(), 10))));
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
