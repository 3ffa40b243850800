package dev.rast.bench.std;

/** eval's arithmetic, shared by both implementations (upstream's int32 semantics). */
final class EvalValues {
  /** Number of operations in the schema's enum. */
  static final int OPERATIONS = 5;
  /** The deepest level a tree reaches: below it every operand is a value. */
  static final int MAX_DEPTH = 8;

  private EvalValues() {}

  /** Whether an operand at {@code depth} is a value (else a nested expression). */
  static boolean isLeaf(FastRand rand, int depth) {
    return rand.nextInt(8) < depth;
  }

  /** A random leaf value. */
  static int leafValue(FastRand rand) {
    return rand.nextInt(128) + 1;
  }

  /** Applies operation number {@code op}: division and modulus by 0 (or MIN by -1) give MAX. */
  static int apply(int op, int left, int right) {
    switch (op) {
      case 0:
        return left + right;
      case 1:
        return left - right;
      case 2:
        return left * right;
      case 3:
        return right == 0 || (left == Integer.MIN_VALUE && right == -1)
            ? Integer.MAX_VALUE
            : left / right;
      case 4:
        return right == 0 || (left == Integer.MIN_VALUE && right == -1)
            ? Integer.MAX_VALUE
            : left % right;
      default:
        throw new IllegalArgumentException("operation " + op);
    }
  }
}
