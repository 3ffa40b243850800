package dev.rast.raft.check;

/**
 * The sequential specification of one key of the key-value store: the state is the key's value
 * (0: absent). {@link #step} answers whether an operation with its observed output is legal in a
 * state, and the state after it.
 */
final class KvModel {
  private KvModel() {}

  /** Marks an illegal step (no state uses this value: values written are positive or 0). */
  static final long ILLEGAL = Long.MIN_VALUE;

  /** The state after {@code op} in {@code state}, or {@link #ILLEGAL} when its output is impossible there. */
  static long step(long state, Op op) {
    return switch (op.kind()) {
      case GET -> op.indefinite() || op.output() == state ? state : ILLEGAL;
      case PUT -> op.a();
      case CPUT -> {
        boolean matches = state == op.a();
        if (op.indefinite()) {
          yield matches ? op.b() : state;
        }
        if ((op.output() == 1) != matches) {
          yield ILLEGAL;
        }
        yield matches ? op.b() : state;
      }
    };
  }
}
