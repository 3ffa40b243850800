package dev.rast.raft.net;

import java.io.IOException;

/**
 * A connection broke a rule of the protocol or a limit of the node (a frame above the maximum,
 * a full inbound budget, a bad handshake): the connection is closed and the reason logged,
 * rate-limited. Ordinary disconnects are plain {@link IOException}s and are not logged.
 */
public final class ProtocolException extends IOException {
  private static final long serialVersionUID = 1L;

  public ProtocolException(String message) {
    super(message);
  }
}
