package dev.rast.capnp.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageReader;
import dev.rast.capnp.compiler.schema.Schema.CodeGeneratorRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code capnpc-java-rast compile}: the pure-Java schema compiler from the command line, with no
 * capnp installed: Java sources out, or the request with {@code -o-}; schema errors as capnp
 * prints them and exit 1; bad usage exit 2.
 */
class CompileCommandTest {
  @TempDir
  Path dir;

  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

  private int run(String... args) {
    return CapnpcJavaRast.run(
        args,
        new ByteArrayInputStream(new byte[0]),
        dir,
        new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(stderr, true, StandardCharsets.UTF_8));
  }

  private void schema(String name, String text) throws IOException {
    Files.createDirectories(dir.resolve(name).getParent());
    Files.writeString(dir.resolve(name), text);
  }

  @Test
  void generatesJavaWithTheBundledJavaCapnp() throws IOException {
    schema(
        "src/foo.capnp",
        """
        @0xc3a4b5d6e7f80911;
        using Java = import "/capnp/java.capnp";
        using Cxx = import "/capnp/c++.capnp";
        $Java.package("org.example.msg");
        $Cxx.namespace("ex");
        struct Ping { seq @0 :UInt64; note @1 :Text = "hi"; }
        interface Echo { echo @0 (p :Ping) -> stream; }
        """);
    assertEquals(
        0, run("compile", "--src-prefix", "src", "-o", "out", "src/foo.capnp"), stderr.toString());
    Path java = dir.resolve("out/org/example/msg/Foo.java");
    assertTrue(Files.isRegularFile(java), "no " + java);
    assertTrue(Files.readString(java).contains("class Ping"));
  }

  @Test
  void dashOWritesTheRequest() throws IOException {
    schema("a.capnp", "@0xc3a4b5d6e7f80912;\nstruct A { x @0 :Int32; }\n");
    assertEquals(0, run("compile", "-o-", "a.capnp"), stderr.toString());
    MessageReader m = Framing.read(
        ByteBuffer.wrap(stdout.toByteArray()).order(ByteOrder.LITTLE_ENDIAN), new MessageReader());
    CodeGeneratorRequest.Reader req = m.getRoot(new CodeGeneratorRequest.Reader());
    assertEquals("a.capnp", req.getRequestedFiles().get(0).getFilename());
    assertEquals(2, req.getNodes().size());
  }

  @Test
  void importPathsAreSearchedFirst() throws IOException {
    schema("inc/lib/t.capnp", "@0xc3a4b5d6e7f80913;\nstruct T { y @0 :Bool; }\n");
    schema(
        "b.capnp",
        "@0xc3a4b5d6e7f80914;\nusing L = import \"/lib/t.capnp\";\nstruct B { t @0 :L.T; }\n");
    assertEquals(0, run("compile", "-I", "inc", "-o-", "b.capnp"), stderr.toString());
  }

  @Test
  void schemaErrorsAreCapnpsLinesAndExitOne() throws IOException {
    schema("bad.capnp", "@0xc3a4b5d6e7f80915;\nstruct S {\n  a @0 :Foo;\n}\n");
    assertEquals(1, run("compile", "-o-", "bad.capnp"));
    assertEquals(
        "bad.capnp:3:9-12: error: Not defined: Foo\n", stderr.toString(StandardCharsets.UTF_8));
  }

  @Test
  void missingOutputIsUsageError() {
    assertEquals(2, run("compile", "x.capnp"));
    assertTrue(stderr.toString(StandardCharsets.UTF_8).contains("-o"));
  }
}
