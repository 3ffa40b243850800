package dev.rast.capnp;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Support that generated code calls: the runtime compatibility check every generated class runs
 * at initialisation, and decoding of the default values and constants compiled into it.
 */
public final class Generated {
  /**
   * The generated-code ABI this runtime implements. The generator stamps the ABI it targets into
   * every class; a mismatch fails at class initialisation rather than with odd errors later.
   */
  public static final int ABI = 1;

  private Generated() {}

  /**
   * Fails loudly when code generated for ABI {@code abi} meets this runtime.
   *
   * @return {@code abi}, so it can initialise a constant
   */
  public static int checkAbi(int abi) {
    if (abi != ABI) {
      throw new IllegalStateException(
          "generated code targets rast-runtime ABI " + abi + ", but this rast-runtime implements ABI " + ABI
              + ": regenerate the code with the capnpc-java-rast that matches this runtime");
    }
    return abi;
  }

  /**
   * A trusted single-segment message from the hex string the generator wrote (its root pointer
   * refers to a default value or constant). Shared by all threads.
   */
  public static MessageReader message(String hex) {
    int n = hex.length() / 2;
    ByteBuffer b = ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < n; i++) {
      b.put(i, (byte) Integer.parseInt(hex, 2 * i, 2 * i + 2, 16));
    }
    return MessageReader.trusted(b);
  }

  /** The root struct of {@code m}, read into {@code target} (for struct constants). */
  public static <T extends StructReader> T struct(MessageReader m, T target) {
    target.readPointer(m, 0, m.start(0), Integer.MAX_VALUE, null);
    return target;
  }

  /** The root list of {@code m}, read into {@code target} (for list constants). */
  public static <T extends ListReader> T list(MessageReader m, int elementSize, T target) {
    target.readPointer(m, 0, m.start(0), Integer.MAX_VALUE, elementSize, null);
    return target;
  }

  /** The root text of {@code m} (for text constants). */
  public static TextReader text(MessageReader m) {
    TextReader t = new TextReader();
    t.readPointer(m, 0, m.start(0), null);
    return t;
  }

  /** The root data of {@code m} (for data constants). */
  public static DataReader data(MessageReader m) {
    DataReader d = new DataReader();
    d.readPointer(m, 0, m.start(0), null);
    return d;
  }

  /** The root pointer of {@code m} (for AnyPointer constants). */
  public static AnyPointerReader anyPointer(MessageReader m) {
    AnyPointerReader p = new AnyPointerReader();
    p.init(m, 0, m.start(0), Integer.MAX_VALUE);
    return p;
  }

  /** Prints an enum value as capnp does: its schema name, or {@code (N)} when unknown. */
  public static void printEnum(dev.rast.capnp.text.TextPrinter p, CapnpEnum value, int raw) {
    String name = value.schemaName();
    if (name == null) {
      p.valueUnknownEnum(raw);
    } else {
      p.valueEnum(name);
    }
  }

  /** Value equality of two structs: equal canonical forms. */
  public static boolean equal(StructReader a, StructReader b) {
    return java.util.Arrays.equals(Canonical.canonicalize(a), Canonical.canonicalize(b));
  }

  /** A hash consistent with {@link #equal}. */
  public static int hash(StructReader a) {
    return java.util.Arrays.hashCode(Canonical.canonicalize(a));
  }
}
