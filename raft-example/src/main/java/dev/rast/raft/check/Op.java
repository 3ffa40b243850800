package dev.rast.raft.check;

/**
 * One client operation on the key-value model, as observed by its client.
 *
 * @param client the client that issued it (a client's operations never overlap)
 * @param kind get, put or cput
 * @param key the key
 * @param a put: the value; cput: the expected value
 * @param b cput: the new value
 * @param output get: the value read (0: absent); cput: 1 if it succeeded, 0 if not; put: unused
 * @param call virtual time of the invocation
 * @param ret virtual time of the response; {@link #INDEFINITE} when the client cannot know whether
 *     (and when) the operation took effect: it may take effect at any time after {@code call}, or never
 */
public record Op(int client, Kind kind, int key, long a, long b, long output, long call, long ret) {
  /** The return time of an operation whose outcome is unknown. */
  public static final long INDEFINITE = Long.MAX_VALUE;

  /** The operations of the model. */
  public enum Kind {
    GET,
    PUT,
    CPUT
  }

  public Op {
    if (ret < call) {
      throw new IllegalArgumentException("returns (" + ret + ") before its call (" + call + ")");
    }
  }

  public boolean indefinite() {
    return ret == INDEFINITE;
  }

  public static Op get(int client, int key, long value, long call, long ret) {
    return new Op(client, Kind.GET, key, 0, 0, value, call, ret);
  }

  public static Op put(int client, int key, long value, long call, long ret) {
    return new Op(client, Kind.PUT, key, value, 0, 0, call, ret);
  }

  public static Op cput(
      int client, int key, long expected, long value, boolean ok, long call, long ret) {
    return new Op(client, Kind.CPUT, key, expected, value, ok ? 1 : 0, call, ret);
  }

  /** A copy with a different output (used to corrupt histories in tests). */
  public Op withOutput(long output) {
    return new Op(client, kind, key, a, b, output, call, ret);
  }

  @Override
  public String toString() {
    String r = indefinite() ? "?" : Long.toString(ret);
    return switch (kind) {
      case GET -> "c" + client + " get(k" + key + ")=" + output + " [" + call + "," + r + "]";
      case PUT -> "c" + client + " put(k" + key + "," + a + ") [" + call + "," + r + "]";
      case CPUT -> "c" + client + " cput(k" + key + "," + a + "->" + b + ")="
          + (indefinite() ? "?" : output == 1) + " [" + call + "," + r + "]";
    };
  }
}
