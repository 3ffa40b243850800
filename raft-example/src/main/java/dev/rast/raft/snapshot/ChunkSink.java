package dev.rast.raft.snapshot;

import java.io.IOException;
import java.nio.ByteBuffer;

/** Where a {@link StateView} writes its chunks (a {@link SnapshotWriter}). */
@FunctionalInterface
public interface ChunkSink {
  /** Writes one chunk: {@code bytes}' remaining bytes (1 to 64 MiB), consumed. */
  void chunk(ByteBuffer bytes) throws IOException;
}
