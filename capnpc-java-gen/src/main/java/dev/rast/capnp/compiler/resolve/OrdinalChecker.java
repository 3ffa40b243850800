package dev.rast.capnp.compiler.resolve;

/**
 * capnp's ordinal rule, checked in ordinal order: ordinals start at 0 and go up by one with no
 * gaps or duplicates. Reports the same errors at the same places as capnp.
 */
final class OrdinalChecker {
  private final SchemaCompiler compiler;
  private final Module module;
  private int expected;
  private int lastStart = -1;
  private int lastEnd;
  private int lastValue;

  OrdinalChecker(SchemaCompiler compiler, Module module) {
    this.compiler = compiler;
    this.module = module;
  }

  void check(int ordinal, int start, int end) {
    if (ordinal < expected) {
      compiler.error(module, start, end, "Duplicate ordinal number.");
      if (lastStart >= 0) {
        compiler.error(
            module, lastStart, lastEnd, "Ordinal @" + lastValue + " originally used here.");
        lastStart = -1;
      }
    } else if (ordinal > expected) {
      compiler.error(
          module,
          start,
          end,
          "Skipped ordinal @" + expected + ".  Ordinals must be sequential with no holes.");
      expected = ordinal + 1;
    } else {
      ++expected;
      lastStart = start;
      lastEnd = end;
      lastValue = ordinal;
    }
  }
}
