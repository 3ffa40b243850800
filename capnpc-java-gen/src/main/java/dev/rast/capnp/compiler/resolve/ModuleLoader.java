package dev.rast.capnp.compiler.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds schema files: the files named on the command line, imports relative to the importing
 * file, and {@code /}-rooted imports searched in the {@code -I} directories and then in the
 * standard schemas bundled with the compiler (classpath {@code dev/rast/capnp/compiler/std/}, and
 * {@code capnp/java.capnp} from rast-runtime's jar).
 */
final class ModuleLoader {
  /** Where bundled standard schemas live on the classpath. */
  static final String STD_RESOURCES = "dev/rast/capnp/compiler/std/";

  private final List<Path> importPaths;

  /** A file's origin: a directory on disk (or the classpath when null) and its path below it. */
  record Location(Path base, String path) {
    /** The directory part of {@code path} ("" at the top). */
    String dir() {
      int slash = path.lastIndexOf('/');
      return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    String key() {
      return base == null
          ? "classpath:" + path
          : base.resolve(path).toAbsolutePath().normalize().toString();
    }
  }

  ModuleLoader(List<Path> importPaths) {
    this.importPaths = List.copyOf(importPaths);
  }

  /** Reads a file's bytes, or null when it does not exist. */
  static byte[] read(Location loc) throws IOException {
    if (loc.base() == null) {
      ClassLoader cl = ModuleLoader.class.getClassLoader();
      InputStream found = cl.getResourceAsStream(STD_RESOURCES + loc.path());
      if (found == null && loc.path().startsWith("capnp/") && loc.path().endsWith(".capnp")) {
        // rast-runtime's jar carries rast's own schemas (capnp/java.capnp) at their import path.
        found = cl.getResourceAsStream(loc.path());
      }
      try (InputStream in = found) {
        return in == null ? null : in.readAllBytes();
      }
    }
    Path p = loc.base().resolve(loc.path());
    return Files.isRegularFile(p) ? Files.readAllBytes(p) : null;
  }

  /** Where an import from a file at {@code from} points; null when no such file exists. */
  Location resolveImport(Location from, String importPath) throws IOException {
    if (importPath.startsWith("/")) {
      String rel = normalize(importPath.substring(1));
      if (rel == null) {
        return null;
      }
      List<Location> candidates = new ArrayList<>();
      for (Path dir : importPaths) {
        candidates.add(new Location(dir, rel));
      }
      candidates.add(new Location(null, rel));
      for (Location c : candidates) {
        if (read(c) != null) {
          return c;
        }
      }
      return null;
    }
    String rel = normalize(from.dir() + importPath);
    if (rel == null) {
      return null;
    }
    Location loc = new Location(from.base(), rel);
    return read(loc) != null ? loc : null;
  }

  /** Resolves {@code .} and {@code ..} in a relative path; null when it climbs above its root. */
  static String normalize(String path) {
    List<String> parts = new ArrayList<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return null;
        }
        parts.remove(parts.size() - 1);
      } else {
        parts.add(part);
      }
    }
    return String.join("/", parts);
  }
}
