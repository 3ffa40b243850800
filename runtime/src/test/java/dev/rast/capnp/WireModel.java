package dev.rast.capnp;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A plain Java model of what a pointer holds, for property tests: the tests build a message from
 * a model with the builders, read it back and compare, and encode the model's canonical form
 * naively ({@link NaiveCanonical}) as an oracle for {@link Canonical}.
 */
sealed interface WireModel {
  /** Number of objects (pointers that are not null), to bound generated sizes. */
  int objects();

  /** The null pointer. */
  record Null() implements WireModel {
    @Override
    public int objects() {
      return 0;
    }

    @Override
    public String toString() {
      return "null";
    }
  }

  /** A struct: data words and pointers. */
  record Struct(long[] data, List<WireModel> pointers) implements WireModel {
    StructSize size() {
      return new StructSize(data.length, pointers.size());
    }

    @Override
    public int objects() {
      int n = 1;
      for (WireModel p : pointers) {
        n += p.objects();
      }
      return n;
    }

    @Override
    public String toString() {
      return "(" + Arrays.toString(data) + " " + pointers + ")";
    }
  }

  /** Text: valid UTF-16 (no unpaired surrogates); inner NULs allowed. */
  record Text(String value) implements WireModel {
    byte[] utf8() {
      return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int objects() {
      return 1;
    }

    @Override
    public String toString() {
      return "text\"" + value.replace("\0", "\\0") + "\"";
    }
  }

  /** Data. */
  record Data(byte[] value) implements WireModel {
    @Override
    public int objects() {
      return 1;
    }

    @Override
    public String toString() {
      return "data" + Arrays.toString(value);
    }
  }

  /** List(Void) of {@code size} elements. */
  record VoidList(int size) implements WireModel {
    @Override
    public int objects() {
      return 1;
    }

    @Override
    public String toString() {
      return "void[" + size + "]";
    }
  }

  /** List(Bool). */
  record BitList(boolean[] values) implements WireModel {
    @Override
    public int objects() {
      return 1;
    }

    @Override
    public String toString() {
      return "bits" + Arrays.toString(values);
    }
  }

  /**
   * A list of 1-, 2-, 4- or 8-byte elements ({@link ElementSize#BYTE} to {@link
   * ElementSize#EIGHT_BYTES}); values are kept truncated to the element width, sign-extended.
   */
  record PrimitiveList(int elementSize, long[] values) implements WireModel {
    @Override
    public int objects() {
      return 1;
    }

    @Override
    public String toString() {
      return ElementSize.name(elementSize) + Arrays.toString(values);
    }
  }

  /** A list of pointers (lists of lists, of text, of data, of struct pointers, of anything). */
  record PointerList(List<WireModel> elements) implements WireModel {
    @Override
    public int objects() {
      int n = 1;
      for (WireModel e : elements) {
        n += e.objects();
      }
      return n;
    }

    @Override
    public String toString() {
      return "ptrs" + elements;
    }
  }

  /** A struct list; every element has exactly {@code dataWords} words and {@code pointers} pointers. */
  record StructList(int dataWords, int pointers, List<Struct> elements) implements WireModel {
    StructSize size() {
      return new StructSize(dataWords, pointers);
    }

    @Override
    public int objects() {
      int n = 1;
      for (Struct e : elements) {
        n += e.objects() - 1;
      }
      return n;
    }

    @Override
    public String toString() {
      return "structs<" + dataWords + "," + pointers + ">" + elements;
    }
  }

  /** A capability pointer (an index into a table this runtime does not keep). */
  record Capability(int index) implements WireModel {
    @Override
    public int objects() {
      return 0;
    }

    @Override
    public String toString() {
      return "cap#" + index;
    }
  }

  /**
   * Whether {@code m} holds a capability anywhere: such a message cannot be copied into another
   * message or canonicalized (the runtime keeps no capability table).
   */
  static boolean hasCapability(WireModel m) {
    if (m instanceof Capability) {
      return true;
    }
    if (m instanceof Struct s) {
      return s.pointers().stream().anyMatch(WireModel::hasCapability);
    }
    if (m instanceof PointerList l) {
      return l.elements().stream().anyMatch(WireModel::hasCapability);
    }
    if (m instanceof StructList l) {
      return l.elements().stream().anyMatch(WireModel::hasCapability);
    }
    return false;
  }

  /** {@code m} with every capability replaced by null. */
  static WireModel withoutCapabilities(WireModel m) {
    if (m instanceof Capability) {
      return new Null();
    }
    if (m instanceof Struct s) {
      return withoutCapabilities(s);
    }
    if (m instanceof PointerList l) {
      return new PointerList(
          l.elements().stream().map(WireModel::withoutCapabilities).toList());
    }
    if (m instanceof StructList l) {
      return new StructList(
          l.dataWords(),
          l.pointers(),
          l.elements().stream().map(WireModel::withoutCapabilities).toList());
    }
    return m;
  }

  /** {@code s} with every capability replaced by null. */
  static Struct withoutCapabilities(Struct s) {
    return new Struct(
        s.data(), s.pointers().stream().map(WireModel::withoutCapabilities).toList());
  }

  /** Sign-extends the low {@code bytes} bytes of {@code v}. */
  static long truncate(long v, int elementSize) {
    switch (elementSize) {
      case ElementSize.BYTE:
        return (byte) v;
      case ElementSize.TWO_BYTES:
        return (short) v;
      case ElementSize.FOUR_BYTES:
        return (int) v;
      default:
        return v;
    }
  }
}
