package dev.rast.capnp.compiler.request;

import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageBuilder;
import dev.rast.capnp.compiler.SchemaException;
import dev.rast.capnp.compiler.resolve.SchemaCompiler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code capnp compile -o-} in Java: schema files in, the framed {@code CodeGeneratorRequest} out,
 * or a {@link SchemaException} whose message lists every error as capnp prints them.
 */
public final class CompileRequest {
  private CompileRequest() {}

  /**
   * Compiles {@code files} (paths relative to {@code cwd}, or absolute).
   *
   * @param cwd the directory relative file names are resolved against
   * @param importPaths the {@code -I} directories, searched before the bundled standard schemas
   * @param files the schema files to compile; their imports are found from them
   * @param srcPrefixes prefixes removed from the files' names, as {@code --src-prefix} does
   * @return the framed request, the bytes {@code capnp compile -o-} writes
   * @throws SchemaException listing every schema error, one per line
   */
  public static byte[] compile(
      Path cwd, List<Path> importPaths, List<String> files, List<String> srcPrefixes) {
    Map<Path, String> named = new LinkedHashMap<>();
    for (String f : files) {
      String name = f;
      int longest = 0;
      for (String prefix : srcPrefixes) {
        String p = prefix.endsWith("/") ? prefix : prefix + "/";
        if (name.startsWith(p) && p.length() > longest) {
          longest = p.length();
        }
      }
      name = name.substring(longest);
      while (name.startsWith("/")) {
        name = name.substring(1);
      }
      named.put(cwd.resolve(f), name);
    }
    SchemaCompiler.Result result =
        new SchemaCompiler(importPaths.stream().map(cwd::resolve).toList()).compile(named);
    if (!result.errors().isEmpty()) {
      throw new SchemaException(String.join("\n", result.errors()));
    }
    MessageBuilder m = RequestWriter.write(result);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Framing.write(m, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
