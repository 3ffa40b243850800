package dev.rast.capnp.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapnpCommandTest {
  private static final Path SRC = Path.of("/p/src/main/capnp");

  @Test
  void compileRunsOnceForAllSchemasWithPrefixAndImportPathsInOrder() {
    CapnpCommand c = new CapnpCommand(
        "capnp",
        SRC,
        List.of(SRC, Path.of("/p/lib"), Path.of("/p/target/capnp-imports")),
        List.of("a.capnp", "net/b.capnp"));
    assertEquals(
        List.of(
            "capnp",
            "compile",
            "-o-",
            "--src-prefix=/p/src/main/capnp",
            "-I/p/src/main/capnp",
            "-I/p/lib",
            "-I/p/target/capnp-imports",
            "/p/src/main/capnp/a.capnp",
            "/p/src/main/capnp/net/b.capnp"),
        c.compileArgs());
  }

  @Test
  void executableIsUsedAsGivenForBothCommands() {
    CapnpCommand c = new CapnpCommand("/opt/capnp/bin/capnp", SRC, List.of(), List.of("a.capnp"));
    assertEquals(List.of("/opt/capnp/bin/capnp", "--version"), c.versionArgs());
    assertEquals("/opt/capnp/bin/capnp", c.compileArgs().get(0));
  }

  @Test
  void noImportPathsMeansNoImportFlags() {
    CapnpCommand c = new CapnpCommand("capnp", SRC, List.of(), List.of("a.capnp"));
    assertEquals(
        List.of(
            "capnp",
            "compile",
            "-o-",
            "--src-prefix=/p/src/main/capnp",
            "/p/src/main/capnp/a.capnp"),
        c.compileArgs());
  }

  @Test
  void pathsWithSpacesStayOneArgument() {
    Path src = Path.of("/my project/schemas");
    CapnpCommand c = new CapnpCommand("capnp", src, List.of(src), List.of("a b.capnp"));
    List<String> args = c.compileArgs();
    assertEquals("--src-prefix=/my project/schemas", args.get(3));
    assertEquals("-I/my project/schemas", args.get(4));
    assertEquals("/my project/schemas/a b.capnp", args.get(5));
  }

  @Test
  void refusesAnEmptySchemaList() {
    assertThrows(
        IllegalArgumentException.class, () -> new CapnpCommand("capnp", SRC, List.of(), List.of()));
  }
}
