package dev.rast.raft.kv;

import java.io.IOException;

/** The node refused a request above its maximum request size; the message gives both sizes. */
public final class RequestTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  public RequestTooLargeException(String message) {
    super(message);
  }
}
