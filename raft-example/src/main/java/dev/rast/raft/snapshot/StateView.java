package dev.rast.raft.snapshot;

import java.io.IOException;

/**
 * A frozen view of a state machine's state as of one applied index, taken on the event loop by
 * {@link StateMachine#snapshot} and written out on another thread while the live state moves on.
 */
@FunctionalInterface
public interface StateView {
  /** Writes the state as chunks (any thread, once); the chunks are what {@link StateMachine#restore} reads back. */
  void writeTo(ChunkSink out) throws IOException;
}
