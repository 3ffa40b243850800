package dev.rast.capnp.maven;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The {@code .capnp} files that dependencies carry, by import path: {@code capnp/java.capnp} in
 * rast-runtime's jar is imported as {@code /capnp/java.capnp}. Both packaged jars and the class
 * directories Maven hands out for modules of the same reactor are read. When two dependencies
 * carry the same path, the first in classpath order wins, as with classes, and the conflict is
 * reported if the contents differ.
 *
 * <p>{@link #scan} only reads jar directories (names, CRCs, sizes) so that an unchanged build stays
 * cheap; {@link #extractTo} copies the files out for capnp when a build regenerates.
 */
final class DependencySchemas {
  /** The import path of rast's Java annotations, which the plugin can always supply itself. */
  static final String JAVA_CAPNP = "capnp/java.capnp";

  /** One schema file of a dependency. */
  private record Entry(Path origin, String name, long crc, long size, boolean inJar) {}

  private final Map<String, Entry> entries = new LinkedHashMap<>();
  private final List<String> conflicts = new ArrayList<>();

  private DependencySchemas() {}

  /** Reads the schema files of every jar or directory in {@code classpath}, in order. */
  static DependencySchemas scan(List<Path> classpath) throws IOException {
    DependencySchemas result = new DependencySchemas();
    for (Path element : classpath) {
      if (Files.isDirectory(element)) {
        result.scanDirectory(element);
      } else if (Files.isRegularFile(element) && isArchive(element)) {
        result.scanJar(element);
      }
    }
    return result;
  }

  private static boolean isArchive(Path p) {
    String n = p.getFileName().toString();
    return n.endsWith(".jar") || n.endsWith(".zip");
  }

  private void scanJar(Path jar) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      Enumeration<? extends ZipEntry> all = zip.entries();
      while (all.hasMoreElements()) {
        ZipEntry e = all.nextElement();
        if (!e.isDirectory() && isSchema(e.getName())) {
          put(new Entry(jar, e.getName(), e.getCrc(), e.getSize(), true));
        }
      }
    }
  }

  private void scanDirectory(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(Files::isRegularFile)
          .filter(p -> isSchema(SchemaFiles.relative(dir, p)))
          .sorted()
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    for (Path f : files) {
      put(new Entry(f, SchemaFiles.relative(dir, f), -1, Files.size(f), false));
    }
  }

  private static boolean isSchema(String name) {
    return name.endsWith(".capnp") && !name.startsWith("META-INF/");
  }

  private void put(Entry e) {
    Entry first = entries.putIfAbsent(e.name(), e);
    if (first != null && !sameContent(first, e)) {
      conflicts.add(
          e.name() + " is in both " + first.origin() + " and " + e.origin() + "; using the first");
    }
  }

  private static boolean sameContent(Entry a, Entry b) {
    if (a.inJar() && b.inJar()) {
      return a.crc() == b.crc() && a.size() == b.size();
    }
    try {
      return Arrays.equals(read(a), read(b));
    } catch (IOException e) {
      return false;
    }
  }

  /** Number of schema files found. */
  int size() {
    return entries.size();
  }

  /** True if a dependency supplies {@code name} (an import path without the leading slash). */
  boolean provides(String name) {
    return entries.containsKey(name);
  }

  /** Messages about paths several dependencies carry with different contents. */
  List<String> conflicts() {
    return List.copyOf(conflicts);
  }

  /** Adds every schema (by name and checksum or content) to {@code f}, in a stable order. */
  void addTo(Fingerprint f) throws IOException {
    for (Entry e :
        entries.values().stream().sorted((x, y) -> x.name().compareTo(y.name())).toList()) {
      if (e.inJar()) {
        f.addEntry("dependency", e.name(), e.crc(), e.size());
      } else {
        f.addFile("dependency", e.name(), e.origin());
      }
    }
  }

  /**
   * Copies every schema file into {@code dir} at its import path, after emptying {@code dir} of
   * schemas from an earlier run (a dependency that is gone must not stay importable).
   */
  void extractTo(Path dir) throws IOException {
    deleteTree(dir);
    Files.createDirectories(dir);
    for (Entry e : entries.values()) {
      Path target = OutputSync.inside(dir.toAbsolutePath().normalize(), e.name());
      Files.createDirectories(target.getParent());
      try (InputStream in = open(e)) {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static byte[] read(Entry e) throws IOException {
    try (InputStream in = open(e)) {
      return in.readAllBytes();
    }
  }

  private static InputStream open(Entry e) throws IOException {
    if (!e.inJar()) {
      return Files.newInputStream(e.origin());
    }
    ZipFile zip = new ZipFile(e.origin().toFile());
    ZipEntry ze = zip.getEntry(e.name());
    if (ze == null) {
      zip.close();
      throw new IOException(e.name() + " vanished from " + e.origin());
    }
    InputStream in = zip.getInputStream(ze);
    return new FilterInputStream(in) {
      @Override
      public void close() throws IOException {
        try {
          super.close();
        } finally {
          zip.close();
        }
      }
    };
  }

  /** Deletes {@code dir} and everything below it, if it exists. */
  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    List<Path> all;
    try (Stream<Path> s = Files.walk(dir)) {
      all = s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    for (Path p : all) {
      Files.deleteIfExists(p);
    }
  }
}
