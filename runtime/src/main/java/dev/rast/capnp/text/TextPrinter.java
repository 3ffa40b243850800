package dev.rast.capnp.text;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * Records one value as a sequence of events and renders it in the Cap'n Proto text format, as
 * {@code capnp decode --short} ({@link #toShortString()}) and {@code capnp decode}
 * ({@link #toPrettyString()}) print it, without the tool's final newline.
 *
 * <p>Generated code walks a reader and reports what the tool would print, in print order:
 * <pre>{@code
 * new TextPrinter()
 *     .beginStruct()
 *       .field("id").valueInt(7)
 *       .field("tags").beginList().valueText(buf, off, len).end()
 *     .end()
 *     .toShortString();   // (id = 7, tags = ["x"])
 * }</pre>
 * The printer decides nothing about presence: the caller skips null pointer fields, prints
 * primitives always, and emits a union member only when {@code capnp} would (see
 * CAPNP-NOTES.md). A group or named union is a nested struct. Misuse (a value in a struct without
 * {@link #field}, an unbalanced {@link #end}, a second root) throws
 * {@link IllegalStateException}.
 *
 * <p>Not a hot path: the printer builds a small tree (one node per value) so that the layout can
 * measure items before printing them. Not thread-safe; use one printer per rendering.
 */
public final class TextPrinter {
  /** Characters of every atom, in recording order; nodes refer to ranges of it. */
  private final StringBuilder atoms = new StringBuilder();
  /** The recorded value, once it has started. */
  private TextNode root;
  /** The innermost composite still open, or null. */
  private TextNode open;
  /** The field name given by {@link #field} and not yet used by a value. */
  private String pendingName;

  /** Creates an empty printer. */
  public TextPrinter() {}

  /**
   * Starts a struct value (also used for groups and named unions); items follow as
   * {@link #field} + value pairs until {@link #end}.
   *
   * @return this printer
   */
  public TextPrinter beginStruct() {
    return beginComposite(TextNode.STRUCT);
  }

  /**
   * Starts a list value; elements follow as values (no {@link #field}) until {@link #end}.
   *
   * @return this printer
   */
  public TextPrinter beginList() {
    return beginComposite(TextNode.LIST);
  }

  /**
   * Closes the innermost open struct or list.
   *
   * @return this printer
   * @throws IllegalStateException if nothing is open or a field name awaits its value
   */
  public TextPrinter end() {
    if (open == null) {
      throw new IllegalStateException("end() without an open struct or list");
    }
    if (pendingName != null) {
      throw new IllegalStateException("field '" + pendingName + "' has no value");
    }
    open.close();
    open = open.parent;
    return this;
  }

  /**
   * Names the next value as a field of the open struct.
   *
   * @param name the field name as the schema spells it
   * @return this printer
   * @throws IllegalStateException if the innermost open value is not a struct, or the previous
   *     field has no value yet
   */
  public TextPrinter field(String name) {
    Objects.requireNonNull(name, "name == null");
    if (open == null || open.kind != TextNode.STRUCT) {
      throw new IllegalStateException("field '" + name + "' outside a struct");
    }
    if (pendingName != null) {
      throw new IllegalStateException("field '" + pendingName + "' has no value");
    }
    pendingName = name;
    return this;
  }

  /**
   * Adds a value printed exactly as {@code atom}, for tokens without a typed method. Its width
   * for the layout is its UTF-8 length.
   *
   * @param atom the text to print
   * @return this printer
   * @throws IllegalArgumentException if {@code atom} contains a newline (it would break the
   *     layout rule, which treats a newline as "already multi-line")
   */
  public TextPrinter value(CharSequence atom) {
    Objects.requireNonNull(atom, "atom == null");
    for (int i = 0, n = atom.length(); i < n; i++) {
      if (atom.charAt(i) == '\n') {
        throw new IllegalArgumentException("atom contains a newline: " + atom);
      }
    }
    String name = takeName();
    int start = atoms.length();
    atoms.append(atom);
    return addAtom(name, start, utf8Length(atom));
  }

  /**
   * Adds a Void value, printed {@code void}.
   *
   * @return this printer
   */
  public TextPrinter valueVoid() {
    return value("void");
  }

  /**
   * Adds a Bool value, printed {@code true} or {@code false}.
   *
   * @param value the value
   * @return this printer
   */
  public TextPrinter valueBool(boolean value) {
    return value(value ? "true" : "false");
  }

  /**
   * Adds an integer of any type but UInt64 (unsigned types widened without sign extension).
   *
   * @param value the value
   * @return this printer
   */
  public TextPrinter valueInt(long value) {
    String name = takeName();
    int start = atoms.length();
    IntegerFormat.appendInt64(atoms, value);
    return addAtom(name, start, atoms.length() - start);
  }

  /**
   * Adds a UInt64 value; the 64 bits of {@code value} are read as unsigned.
   *
   * @param value the value's bits
   * @return this printer
   */
  public TextPrinter valueUInt64(long value) {
    String name = takeName();
    int start = atoms.length();
    IntegerFormat.appendUInt64(atoms, value);
    return addAtom(name, start, atoms.length() - start);
  }

  /**
   * Adds a Float32 value, formatted by {@link FloatFormat#appendFloat32}.
   *
   * @param value the value
   * @return this printer
   */
  public TextPrinter valueFloat32(float value) {
    String name = takeName();
    int start = atoms.length();
    FloatFormat.appendFloat32(atoms, value);
    return addAtom(name, start, atoms.length() - start);
  }

  /**
   * Adds a Float64 value, formatted by {@link FloatFormat#appendFloat64}.
   *
   * @param value the value
   * @return this printer
   */
  public TextPrinter valueFloat64(double value) {
    String name = takeName();
    int start = atoms.length();
    FloatFormat.appendFloat64(atoms, value);
    return addAtom(name, start, atoms.length() - start);
  }

  /**
   * Adds an enum value the schema names, printed as the enumerant's name.
   *
   * @param enumerant the enumerant's name
   * @return this printer
   */
  public TextPrinter valueEnum(String enumerant) {
    Objects.requireNonNull(enumerant, "enumerant == null");
    return value(enumerant);
  }

  /**
   * Adds an enum value the schema does not name, printed {@code (N)}.
   *
   * @param raw the raw 16-bit value, 0 to 65535
   * @return this printer
   * @throws IllegalArgumentException if {@code raw} is out of range
   */
  public TextPrinter valueUnknownEnum(int raw) {
    String name = takeName();
    int start = atoms.length();
    IntegerFormat.appendUnknownEnum(atoms, raw);
    return addAtom(name, start, atoms.length() - start);
  }

  /**
   * Adds a Text value from the bytes {@code [offset, offset + length)} of {@code bytes}
   * (without the NUL terminator), formatted by {@link BlobFormat#appendText}.
   *
   * @param bytes the buffer; position and limit are not touched
   * @param offset absolute index of the first byte
   * @param length number of bytes
   * @return this printer
   */
  public TextPrinter valueText(ByteBuffer bytes, int offset, int length) {
    Objects.requireNonNull(bytes, "bytes == null");
    String name = takeName();
    int start = atoms.length();
    int width = BlobFormat.appendText(atoms, bytes, offset, length);
    return addAtom(name, start, width);
  }

  /**
   * Adds a Data value from the bytes {@code [offset, offset + length)} of {@code bytes},
   * formatted by {@link BlobFormat#appendData}.
   *
   * @param bytes the buffer; position and limit are not touched
   * @param offset absolute index of the first byte
   * @param length number of bytes
   * @return this printer
   */
  public TextPrinter valueData(ByteBuffer bytes, int offset, int length) {
    Objects.requireNonNull(bytes, "bytes == null");
    String name = takeName();
    int start = atoms.length();
    int width = BlobFormat.appendData(atoms, bytes, offset, length);
    return addAtom(name, start, width);
  }

  /**
   * Adds a non-null AnyPointer, printed {@code <opaque pointer>}.
   *
   * @return this printer
   */
  public TextPrinter valueOpaquePointer() {
    return value("<opaque pointer>");
  }

  /**
   * Renders the recorded value on one line, as {@code capnp decode --short} prints it.
   *
   * @return the text, without a final newline
   * @throws IllegalStateException if the value is missing or not closed
   */
  public String toShortString() {
    requireComplete();
    StringBuilder out = new StringBuilder(atoms.length() + 64);
    PrettyLayout.appendShort(out, root, atoms);
    return out.toString();
  }

  /**
   * Renders the recorded value with capnp's line breaking, as {@code capnp decode} prints it.
   *
   * @return the text, without a final newline
   * @throws IllegalStateException if the value is missing or not closed
   */
  public String toPrettyString() {
    requireComplete();
    StringBuilder out = new StringBuilder(atoms.length() * 2 + 64);
    PrettyLayout.appendPretty(out, root, atoms, 1, true);
    return out.toString();
  }

  private TextPrinter beginComposite(int kind) {
    String name = takeName();
    TextNode node = TextNode.composite(kind, name, nameWidth(name), open);
    attach(node);
    open = node;
    return this;
  }

  private TextPrinter addAtom(String name, int start, int width) {
    attach(TextNode.atom(name, nameWidth(name), open, start, atoms.length(), width));
    return this;
  }

  /** Checks that a value may come now and returns its field name (null outside a struct). */
  private String takeName() {
    if (open == null) {
      if (root != null) {
        throw new IllegalStateException("the printer already holds a complete value");
      }
      return null;
    }
    if (open.kind == TextNode.STRUCT) {
      if (pendingName == null) {
        throw new IllegalStateException("a struct item needs field(name) first");
      }
      String name = pendingName;
      pendingName = null;
      return name;
    }
    return null;
  }

  private void attach(TextNode node) {
    if (open == null) {
      root = node;
    } else {
      open.items.add(node);
    }
  }

  private void requireComplete() {
    if (root == null) {
      throw new IllegalStateException("no value recorded");
    }
    if (open != null) {
      throw new IllegalStateException("a struct or list is still open");
    }
  }

  /** Width of {@code name = }, or 0 without a name. */
  private static int nameWidth(String name) {
    return name == null ? 0 : utf8Length(name) + 3;
  }

  /** Bytes of {@code s} in UTF-8 (an unpaired surrogate counts 1, as Java encodes it {@code ?}). */
  private static int utf8Length(CharSequence s) {
    int bytes = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        bytes += 1;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
