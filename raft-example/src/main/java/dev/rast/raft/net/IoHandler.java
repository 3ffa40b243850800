package dev.rast.raft.net;

import java.io.IOException;
import java.nio.channels.SelectionKey;

/** The attachment of every selection key an event loop handles: it dispatches ready keys to it. */
public interface IoHandler {
  /** Handles the ready operations of {@code key}; an IOException closes the handler's channel. */
  void handle(SelectionKey key) throws IOException;

  /** Closes the handler's channel after an error in {@link #handle}. */
  void fail(IOException e);
}
