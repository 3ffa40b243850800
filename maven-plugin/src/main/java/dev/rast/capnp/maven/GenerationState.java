package dev.rast.capnp.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * What one execution generated last time: the {@link Fingerprint} of its inputs and the files it
 * wrote (relative to the output directory). Kept as a small text file under {@code target/}, one
 * per execution, so an unchanged build can stop early and a changed one can delete the outputs of
 * schemas that are gone. Deleting the file forces the next build to regenerate.
 *
 * @param fingerprint the inputs' hash
 * @param outputs generated files, {@code /}-separated and relative to the output directory
 * @param schemas the schemas compiled, relative to the source directory (so that the copies of
 *     deleted ones can be removed from the classes directory); empty in states of older versions
 */
record GenerationState(String fingerprint, List<String> outputs, List<String> schemas) {
  private static final String HEADER =
      "# rast-maven-plugin: hash of the inputs and the files generated from them. Delete to regenerate.";
  private static final String FINGERPRINT = "fingerprint=";
  private static final String OUTPUT = "output=";
  private static final String SCHEMA = "schema=";

  GenerationState {
    outputs = List.copyOf(outputs);
    schemas = List.copyOf(schemas);
  }

  GenerationState(String fingerprint, List<String> outputs) {
    this(fingerprint, outputs, List.of());
  }

  /** Reads the state at {@code file}; null when there is none or it cannot be understood. */
  static GenerationState read(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    String fingerprint = null;
    List<String> outputs = new ArrayList<>();
    List<String> schemas = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.startsWith(FINGERPRINT)) {
          fingerprint = line.substring(FINGERPRINT.length());
        } else if (line.startsWith(OUTPUT)) {
          outputs.add(line.substring(OUTPUT.length()));
        } else if (line.startsWith(SCHEMA)) {
          schemas.add(line.substring(SCHEMA.length()));
        }
      }
    } catch (IOException e) {
      return null; // treated as "no previous run": the build regenerates, which is always safe
    }
    return fingerprint == null ? null : new GenerationState(fingerprint, outputs, schemas);
  }

  /** Writes this state to {@code file}, replacing it atomically where the platform can. */
  void write(Path file) throws IOException {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    sb.append(FINGERPRINT).append(fingerprint).append('\n');
    for (String o : outputs) {
      sb.append(OUTPUT).append(o).append('\n');
    }
    for (String s : schemas) {
      sb.append(SCHEMA).append(s).append('\n');
    }
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, sb, StandardCharsets.UTF_8);
    try {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** True if every recorded output still exists under {@code outputDirectory}. */
  boolean outputsExist(Path outputDirectory) {
    for (String o : outputs) {
      if (!Files.isRegularFile(outputDirectory.resolve(o))) {
        return false;
      }
    }
    return true;
  }
}
