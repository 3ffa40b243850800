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
  public static final int ABI = 2;

  /**
   * The oldest generated-code ABI this runtime still runs. ABI 2 added size-aware builders, {@code
   * isX()} and one check per file; the calls of ABI 1 code are all still here.
   */
  public static final int MIN_ABI = 1;

  private Generated() {}

  /**
   * Fails loudly when code generated for ABI {@code abi} meets a runtime that does not implement
   * it. Generated code calls it once per file, from the file's outer class.
   *
   * @param abi the ABI version the generated code was made for
   * @return {@code abi}, so it can initialise a constant
   */
  public static int checkAbi(int abi) {
    if (abi < MIN_ABI || abi > ABI) {
      throw new IllegalStateException("generated code targets rast-runtime ABI " + abi
          + ", but this rast-runtime implements ABI " + MIN_ABI + " to " + ABI
          + ": regenerate the code with the capnpc-java-rast that matches this runtime");
    }
    return abi;
  }

  /**
   * A trusted single-segment message from the hex string the generator wrote (its root pointer
   * refers to a default value or constant). Shared by all threads.
   *
   * @param hex the message's flat segment in hex
   * @return a trusted reader over the decoded bytes
   */
  public static MessageReader message(String hex) {
    ByteBuffer b = ByteBuffer.allocate(hex.length() / 2).order(ByteOrder.LITTLE_ENDIAN);
    putHex(b, 0, hex);
    return MessageReader.trusted(b);
  }

  /**
   * As {@link #message(String)} for a value too large for one string literal: its hex in pieces,
   * joined here (javac would fold {@code "a" + "b"} back into one over-long literal).
   *
   * @param hexPieces consecutive pieces of the segment's hex
   * @return a trusted reader over the decoded bytes
   */
  public static MessageReader message(String... hexPieces) {
    long digits = 0;
    for (String piece : hexPieces) {
      digits += piece.length();
    }
    ByteBuffer b = ByteBuffer.allocate((int) (digits / 2)).order(ByteOrder.LITTLE_ENDIAN);
    int at = 0;
    for (String piece : hexPieces) {
      at = putHex(b, at, piece);
    }
    return MessageReader.trusted(b);
  }

  private static int putHex(ByteBuffer b, int at, String hex) {
    int n = hex.length() / 2;
    for (int i = 0; i < n; i++) {
      b.put(at + i, (byte) Integer.parseInt(hex, 2 * i, 2 * i + 2, 16));
    }
    return at + n;
  }

  /**
   * The root struct of {@code m}, read into {@code target} (for struct constants).
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param m a trusted message holding the constant
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public static <T extends StructReader> T struct(MessageReader m, T target) {
    target.readPointer(m, 0, m.start(0), Integer.MAX_VALUE, null);
    return target;
  }

  /**
   * The root list of {@code m}, read into {@code target} (for list constants).
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param m a trusted message holding the constant
   * @param elementSize the element encoding, one of the {@link ElementSize} constants
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public static <T extends ListReader> T list(MessageReader m, int elementSize, T target) {
    target.readPointer(m, 0, m.start(0), Integer.MAX_VALUE, elementSize, null);
    return target;
  }

  /**
   * The root text of {@code m} (for text constants).
   *
   * @param m a trusted message holding the constant
   * @return a new reader of the text
   */
  public static TextReader text(MessageReader m) {
    TextReader t = new TextReader();
    t.readPointer(m, 0, m.start(0), null);
    return t;
  }

  /**
   * The root data of {@code m} (for data constants).
   *
   * @param m a trusted message holding the constant
   * @return a new reader of the data
   */
  public static DataReader data(MessageReader m) {
    DataReader d = new DataReader();
    d.readPointer(m, 0, m.start(0), null);
    return d;
  }

  /**
   * The root pointer of {@code m} (for AnyPointer constants).
   *
   * @param m a trusted message holding the constant
   * @return a new reader of the pointer
   */
  public static AnyPointerReader anyPointer(MessageReader m) {
    AnyPointerReader p = new AnyPointerReader();
    p.init(m, 0, m.start(0), Integer.MAX_VALUE);
    return p;
  }

  /**
   * Prints an enum value as capnp does: its schema name, or {@code (N)} when unknown.
   *
   * @param p the printer to write to
   * @param value the constant, or the unknown constant
   * @param raw the wire number, printed when the constant is unknown
   */
  public static void printEnum(dev.rast.capnp.text.TextPrinter p, CapnpEnum value, int raw) {
    String name = value.schemaName();
    if (name == null) {
      p.valueUnknownEnum(raw);
    } else {
      p.valueEnum(name);
    }
  }

  /**
   * Value equality of two structs: equal canonical forms.
   *
   * @param a one struct
   * @param b the other struct, of the same type
   * @return true when both have equal canonical forms
   */
  public static boolean equal(StructReader a, StructReader b) {
    return java.util.Arrays.equals(
        Canonical.canonicalize(a, true), Canonical.canonicalize(b, true));
  }

  /**
   * A hash consistent with {@link #equal}.
   *
   * @param a the struct to hash
   * @return a hash of its canonical form
   */
  public static int hash(StructReader a) {
    return java.util.Arrays.hashCode(Canonical.canonicalize(a, true));
  }
}
