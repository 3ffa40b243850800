package dev.rast.capnp.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.capnp.DataReader;
import dev.rast.capnp.compiler.GeneratedFile;
import dev.rast.capnp.compiler.Generator;
import dev.rast.capnp.compiler.GeneratorOptions;
import java.net.URLClassLoader;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A constant and a default of 1 MiB (sandstorm's {@code mime.capnp} has one of 32 KiB): one hex
 * string literal of it would pass the class file's 65,535-byte limit ({@code constant string too
 * long}). The real {@code capnp} compiles the schema, the generator emits the value in pieces, javac
 * compiles the result, and the bytes read back are the file's.
 */
class LargeConstantTest {
  private static final String SCHEMA = String.join(
      "\n",
      "@0xd3f1a5c2b7e94a61;",
      "const big :Data = embed \"big.bin\";",
      "struct Holder {",
      "  blob @0 :Data = embed \"big.bin\";",
      "}",
      "");

  @TempDir
  Path dir;

  @Test
  @Timeout(120)
  void aOneMebibyteConstantGeneratesCompilesAndReadsBack() throws Exception {
    CapnpTool capnp = CapnpTool.require();
    byte[] big = new byte[1 << 20];
    new Random(10).nextBytes(big);
    Files.write(dir.resolve("big.bin"), big);
    Files.writeString(dir.resolve("big.capnp"), SCHEMA);
    byte[] request = capnp.compileRequest(dir, "big.capnp");

    List<GeneratedFile> files =
        Generator.generate(ByteBuffer.wrap(request), new GeneratorOptions("dev.rast.big"));
    assertEquals(1, files.size());
    String source = files.get(0).content();
    assertLiteralsFitTheClassFile(source);

    String outerName = InMemoryJavac.className(files.get(0).path());
    try (URLClassLoader loader = InMemoryJavac.compile(dir, Map.of(files.get(0).path(), source))) {
      Class<?> outer = loader.loadClass(outerName);
      DataReader constant = (DataReader) outer.getField("BIG").get(null);
      assertArrayEquals(big, constant.toByteArray(), "the constant");
      Class<?> reader = loader.loadClass(outerName + "$Holder$Reader");
      byte[] dflt =
          (byte[]) reader.getMethod("getBlob").invoke(reader.getConstructor().newInstance());
      assertArrayEquals(big, dflt, "the field's default");
    }
  }

  /** Every string literal is under the limit, so a large value came in several. */
  private static void assertLiteralsFitTheClassFile(String source) {
    Matcher m = Pattern.compile("\"([0-9a-f]*)\"").matcher(source);
    int pieces = 0;
    while (m.find()) {
      assertTrue(
          m.group(1).length() < 65_535, "a literal of " + m.group(1).length() + " characters");
      pieces++;
    }
    assertTrue(pieces > 2 * (2 << 20) / 65_535, pieces + " literals for two 2 MiB hex values");
  }
}
