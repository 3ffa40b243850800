package dev.rast.capnp.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.capnp.compiler.GeneratedFile;
import dev.rast.capnp.compiler.Generator;
import dev.rast.capnp.compiler.GeneratorOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLClassLoader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's example of generated code ("What generated code looks like") compiles and runs as
 * written, against Java generated from a {@code Person} schema by the real {@code capnp}.
 */
class ReadmeExampleTest {
  private static final String SCHEMA = String.join(
      "\n",
      "@0xe1c5a2f3b4d69788;",
      "struct Person {",
      "  id @0 :UInt32;",
      "  name @1 :Text;",
      "}",
      "");

  @TempDir
  Path dir;

  /** The first {@code java} block after the section heading. */
  private static String example() throws Exception {
    String readme = Files.readString(Paths.get("../README.md"));
    int section = readme.indexOf("### What generated code looks like");
    assertTrue(section >= 0, "the README has no section \"What generated code looks like\"");
    int start = readme.indexOf("```java\n", section) + "```java\n".length();
    return readme.substring(start, readme.indexOf("```", start));
  }

  @Test
  @Timeout(120)
  void theExampleCompilesAndPrintsWhatItSays() throws Exception {
    Files.writeString(dir.resolve("person.capnp"), SCHEMA);
    byte[] request = CapnpTool.require().compileRequest(dir, "person.capnp");
    List<GeneratedFile> files =
        Generator.generate(ByteBuffer.wrap(request), new GeneratorOptions("org.example"));
    Map<String, String> sources = new LinkedHashMap<>();
    for (GeneratedFile f : files) {
      sources.put(f.path(), f.content());
    }
    String outer = InMemoryJavac.className(files.get(0).path());
    sources.put(
        "org/example/Example.java",
        String.join(
            "\n",
            "package org.example;",
            "import dev.rast.capnp.*;",
            "import java.nio.ByteBuffer;",
            "import " + outer + ".Person;",
            "public final class Example {",
            "  public static void run() throws Exception {",
            example(),
            "    if (id != 42 || !isAlice) throw new AssertionError(\"read back \" + p);",
            "  }",
            "}",
            ""));

    PrintStream stdout = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (URLClassLoader loader = InMemoryJavac.compile(dir, sources)) {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      loader.loadClass("org.example.Example").getMethod("run").invoke(null);
    } finally {
      System.setOut(stdout);
    }
    assertEquals("(id = 42, name = \"Alice\")\n", printed.toString(StandardCharsets.UTF_8));
  }
}
