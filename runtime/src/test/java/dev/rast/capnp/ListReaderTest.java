package dev.rast.capnp;

import static dev.rast.capnp.Words.bytes;
import static dev.rast.capnp.Words.list;
import static dev.rast.capnp.Words.struct;
import static dev.rast.capnp.Words.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.rast.capnp.Structs.R;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every list encoding, read with the matching accessor, and the upgrade rules between them. */
class ListReaderTest {
  private static final int VOID = ElementSize.VOID;
  private static final int BIT = ElementSize.BIT;
  private static final int BYTE = ElementSize.BYTE;
  private static final int TWO = ElementSize.TWO_BYTES;
  private static final int FOUR = ElementSize.FOUR_BYTES;
  private static final int EIGHT = ElementSize.EIGHT_BYTES;
  private static final int POINTER = ElementSize.POINTER;
  private static final int COMPOSITE = ElementSize.INLINE_COMPOSITE;

  private static ListReader rootList(MessageReader m, int expected) {
    return Structs.root(m).list(0, expected);
  }

  // ---- each encoding with its own accessor ----

  @Test
  void voidListHasCountButNoBytes() {
    MessageReader m = Words.reader(struct(0, 0, 1), list(0, VOID, 1000));
    ListReader l = rootList(m, VOID);
    assertEquals(1000, l.size());
    assertEquals(VOID, l.elementSize());
  }

  @Test
  void bitListPacksElementsLsbFirstAcrossBytes() {
    MessageReader m = Words.reader(struct(0, 0, 1), list(0, BIT, 10), bytes(0b1000_0101, 0b10));
    ListReader l = rootList(m, BIT);
    assertEquals(10, l.size());
    boolean[] want = {true, false, true, false, false, false, false, true, false, true};
    for (int i = 0; i < want.length; i++) {
      assertEquals(want[i], l.getBoolean(i), "element " + i);
    }
  }

  @Test
  void byteList() {
    MessageReader m = Words.reader(struct(0, 0, 1), list(0, BYTE, 3), bytes(1, 0xFF, 3, 9, 9));
    ListReader l = rootList(m, BYTE);
    assertEquals(3, l.size());
    assertEquals(1, l.getByte(0));
    assertEquals(-1, l.getByte(1));
    assertEquals(3, l.getByte(2));
    assertThrows(IndexOutOfBoundsException.class, () -> l.getByte(3));
    assertThrows(IndexOutOfBoundsException.class, () -> l.getByte(-1));
  }

  @Test
  void twoByteList() {
    MessageReader m =
        Words.reader(struct(0, 0, 1), list(0, TWO, 3), bytes(1, 0, 0xFF, 0xFF, 0x34, 0x12));
    ListReader l = rootList(m, TWO);
    assertEquals(1, l.getShort(0));
    assertEquals(-1, l.getShort(1));
    assertEquals(0x1234, l.getShort(2));
  }

  @Test
  void fourByteList() {
    MessageReader m = Words.reader(
        struct(0, 0, 1), list(0, FOUR, 3), 0x3FC00000_00000007L, bytes(0xFF, 0xFF, 0xFF, 0xFF));
    ListReader l = rootList(m, FOUR);
    assertEquals(7, l.getInt(0));
    assertEquals(1.5f, l.getFloat(1));
    assertEquals(-1, l.getInt(2));
  }

  @Test
  void eightByteList() {
    MessageReader m =
        Words.reader(struct(0, 0, 1), list(0, EIGHT, 2), -5L, Double.doubleToLongBits(2.5));
    ListReader l = rootList(m, EIGHT);
    assertEquals(-5L, l.getLong(0));
    assertEquals(2.5, l.getDouble(1));
  }

  @Test
  void pointerListHoldsTextDataListsStructsAndNulls() {
    MessageReader m = Words.reader(
        struct(0, 0, 1),
        list(0, POINTER, 5),
        list(4, BYTE, 3), // "hi\0" at word 7
        list(4, BYTE, 2), // data {1,2} at word 8
        list(4, FOUR, 1), // [9] at word 9
        struct(4, 1, 0), // struct at word 10
        0,
        bytes('h', 'i', 0),
        bytes(1, 2),
        bytes(9, 0, 0, 0),
        77);
    ListReader l = rootList(m, POINTER);
    assertEquals(5, l.size());
    assertEquals("hi", l.getText(0, new TextReader()).toString());
    assertEquals(2, l.getData(1, new DataReader()).size());
    assertEquals(2, l.getData(1, new DataReader()).byteAt(1));
    assertEquals(9, l.getList(2, FOUR, new ListReader()).getInt(0));
    assertEquals(77, l.getStructPointer(3, new R()).u64(0));
    assertFalse(l.hasPointer(4));
    assertTrue(l.hasPointer(3));
    assertEquals(PointerType.NULL, l.getAnyPointer(4, new AnyPointerReader()).pointerType());
    assertEquals(PointerType.LIST, l.getAnyPointer(0, new AnyPointerReader()).pointerType());
    assertEquals("", l.getText(4, new TextReader()).toString(), "a null Text element reads empty");
  }

  @Test
  void inlineCompositeListOfStructs() {
    MessageReader m = Words.reader(
        struct(0, 0, 1),
        list(0, COMPOSITE, 6),
        tag(2, 2, 1),
        1,
        2,
        list(3, BYTE, 2),
        3,
        4,
        0,
        bytes('x', 0));
    ListReader l = rootList(m, COMPOSITE);
    assertEquals(2, l.size());
    assertEquals(COMPOSITE, l.elementSize());
    assertEquals(16, l.structDataBytes());
    assertEquals(1, l.structPointerCount());
    R e0 = l.getStruct(0, new R());
    R e1 = l.getStruct(1, new R());
    assertEquals(1, e0.u64(0));
    assertEquals(2, e0.u64(8));
    assertEquals("x", e0.text(0).toString());
    assertEquals(3, e1.u64(0));
    assertEquals(4, e1.u64(8));
    assertFalse(e1.has(0));
  }

  @Test
  void aReusedElementReaderTakesTheLayoutOfTheListItIsPointedFromNow() {
    // Root: two struct lists with different element layouts. A: 2 elements of 1 data word. B: 1
    // element of 2 data words and a pointer (text "y").
    MessageReader m = Words.reader(
        struct(0, 0, 2),
        list(1, COMPOSITE, 2),
        list(3, COMPOSITE, 3),
        tag(2, 1, 0),
        11,
        12,
        tag(1, 2, 1),
        21,
        22,
        list(0, BYTE, 2),
        bytes('y', 0));
    R root = Structs.root(m);
    ListReader l = new ListReader();
    R e = new R();
    root.list(0, COMPOSITE, l).getStruct(1, e);
    assertEquals(12, e.u64(0));
    assertEquals(0, e.u64(8), "A's elements have one data word");
    assertFalse(e.has(0));
    l.getStruct(0, e);
    assertEquals(11, e.u64(0));

    root.list(1, COMPOSITE, l).getStruct(0, e); // the same list reader, re-pointed
    assertEquals(21, e.u64(0));
    assertEquals(22, e.u64(8));
    assertEquals("y", e.text(0).toString());

    e.wrap(root); // pointed another way in between
    assertEquals(0, e.dataSectionBytes());
    l.getStruct(0, e);
    assertEquals(16, e.dataSectionBytes());
    assertEquals(22, e.u64(8));
    assertEquals(1, e.pointerSectionSize());

    root.list(0, COMPOSITE, l).getStruct(0, e);
    assertEquals(8, e.dataSectionBytes());
    assertEquals(0, e.pointerSectionSize());
  }

  @Test
  void emptyListsOfEveryEncoding() {
    for (int size = 0; size < 7; size++) {
      MessageReader m = Words.reader(struct(0, 0, 1), list(0, size, 0));
      assertEquals(0, rootList(m, size).size(), ElementSize.name(size));
    }
    MessageReader m = Words.reader(struct(0, 0, 1), list(0, COMPOSITE, 0), tag(0, 3, 3));
    assertEquals(0, rootList(m, COMPOSITE).size());
  }

  @Test
  void nullListReadsEmptyOrTheDefault() {
    MessageReader m = Words.reader(struct(0, 0, 1), 0);
    ListReader l = rootList(m, FOUR);
    assertEquals(0, l.size());
    assertEquals(FOUR, l.elementSize());
  }

  @Test
  void zeroSizeStructElementsInACompositeList() {
    MessageReader m = Words.reader(struct(0, 0, 1), list(0, COMPOSITE, 0), tag(5, 0, 0));
    ListReader l = rootList(m, COMPOSITE);
    assertEquals(5, l.size());
    R e = l.getStruct(4, new R());
    assertEquals(0, e.dataSectionBytes());
    assertEquals(0, e.pointerSectionSize());
  }

  // ---- composite list validation ----

  @Test
  void compositeTagThatIsNotAStructIsRejected() {
    MessageReader m = Words.reader(struct(0, 0, 1), list(0, COMPOSITE, 1), list(1, BYTE, 0), 0);
    DecodeException e = assertThrows(DecodeException.class, () -> rootList(m, COMPOSITE));
    Messages.assertNamesPlace(e, "tag");
  }

  @Test
  void compositeElementsOverflowingTheWordCountAreRejected() {
    MessageReader m =
        Words.reader(struct(0, 0, 1), list(0, COMPOSITE, 3), tag(2, 1, 1), 1, 0, 2, 0);
    DecodeException e = assertThrows(DecodeException.class, () -> rootList(m, COMPOSITE));
    Messages.assertNamesPlace(e, "struct list");
  }

  @Test
  void compositeWordCountPastTheSegmentEndIsRejected() {
    MessageReader m = Words.reader(struct(0, 0, 1), list(0, COMPOSITE, 4), tag(2, 1, 1), 1, 0);
    DecodeException e = assertThrows(DecodeException.class, () -> rootList(m, COMPOSITE));
    Messages.assertNamesPlace(e, "out of bounds");
  }

  @Test
  void compositeTagWithNegativeCountIsRejected() {
    MessageReader m = Words.reader(struct(0, 0, 1), list(0, COMPOSITE, 1), tag(-1, 1, 0), 0);
    assertThrows(DecodeException.class, () -> rootList(m, COMPOSITE));
  }

  @Test
  void primitiveListPastTheSegmentEndIsRejected() {
    MessageReader m = Words.reader(struct(0, 0, 1), list(0, FOUR, 3), 0);
    DecodeException e = assertThrows(DecodeException.class, () -> rootList(m, FOUR));
    Messages.assertNamesPlace(e, "out of bounds");
    MessageReader bits = Words.reader(struct(0, 0, 1), list(0, BIT, 65), 0);
    assertThrows(DecodeException.class, () -> rootList(bits, BIT));
    MessageReader bits64 = Words.reader(struct(0, 0, 1), list(0, BIT, 64), 0);
    assertEquals(64, rootList(bits64, BIT).size());
  }

  // ---- upgrades (CAPNP-NOTES item 7) ----

  @Test
  void uint32ListReadAsStructListWhoseFirstFieldIsUInt32() {
    // The capnproto-java bug: a List(UInt32) field changed to List(Elem) must still read.
    MessageReader m = Words.reader(
        struct(0, 0, 1), list(0, FOUR, 3), bytes(1, 0, 0, 0, 2, 0, 0, 0), bytes(3, 0, 0, 0));
    ListReader l = rootList(m, COMPOSITE);
    assertEquals(3, l.size());
    assertEquals(4, l.structDataBytes());
    assertEquals(0, l.structPointerCount());
    R e = new R();
    for (int i = 0; i < 3; i++) {
      l.getStruct(i, e);
      assertEquals(i + 1, e.u32(0), "field a of element " + i);
      assertEquals(0L, e.u64(8), "field b past the 4-byte element reads its default");
      assertEquals(42L, e.u64(8, 42L));
      assertFalse(e.has(0), "field t past the element reads null");
      assertEquals("", e.text(0).toString());
      assertEquals(7, e.u32(4, 7), "bytes 4..8 are outside a 4-byte element");
    }
  }

  @Test
  void byteAndEightByteAndPointerListsReadAsStructLists() {
    MessageReader bytesList = Words.reader(struct(0, 0, 1), list(0, BYTE, 3), bytes(5, 6, 7));
    ListReader l = rootList(bytesList, COMPOSITE);
    assertEquals(6, l.getStruct(1, new R()).u8(0));
    assertEquals(0, l.getStruct(1, new R()).u16(0), "a 2-byte field does not fit a 1-byte element");

    MessageReader longs = Words.reader(struct(0, 0, 1), list(0, EIGHT, 2), 0x1_0000_0002L, 3);
    ListReader l8 = rootList(longs, COMPOSITE);
    assertEquals(2, l8.getStruct(0, new R()).u32(0));
    assertEquals(1, l8.getStruct(0, new R()).u32(4));
    assertEquals(0, l8.getStruct(1, new R()).u64(8));

    MessageReader ptrs =
        Words.reader(struct(0, 0, 1), list(0, POINTER, 2), list(1, BYTE, 2), 0, bytes('q', 0));
    ListReader lp = rootList(ptrs, COMPOSITE);
    assertEquals(0, lp.structDataBytes());
    assertEquals(1, lp.structPointerCount());
    assertEquals("q", lp.getStruct(0, new R()).text(0).toString());
    assertFalse(lp.getStruct(1, new R()).has(0));
    assertEquals(0, lp.getStruct(1, new R()).u32(0));

    MessageReader voids = Words.reader(struct(0, 0, 1), list(0, VOID, 4));
    ListReader lv = rootList(voids, COMPOSITE);
    assertEquals(4, lv.size());
    assertEquals(9, lv.getStruct(3, new R()).u32(0, 9));
  }

  @Test
  void structListReadAsPrimitiveListReadsTheFirstDataField() {
    MessageReader m = Words.reader(
        struct(0, 0, 1),
        list(0, COMPOSITE, 4),
        tag(2, 1, 1),
        0x0000_0009_0000_0007L,
        0,
        0x0000_000A_0000_0008L,
        0);
    assertEquals(8, rootList(m, FOUR).getInt(1));
    assertEquals(7, rootList(m, TWO).getShort(0));
    assertEquals(8, rootList(m, BYTE).getByte(1));
    assertEquals(0x0000_0009_0000_0007L, rootList(m, EIGHT).getLong(0));
    assertEquals(2, rootList(m, VOID).size());
  }

  @Test
  void structListReadAsPointerListReadsTheFirstPointer() {
    MessageReader m = Words.reader(
        struct(0, 0, 1),
        list(0, COMPOSITE, 6),
        tag(2, 2, 1),
        1,
        2,
        list(3, BYTE, 2),
        3,
        4,
        0,
        bytes('x', 0));
    ListReader l = rootList(m, POINTER);
    assertEquals(2, l.size());
    assertEquals("x", l.getText(0, new TextReader()).toString());
    assertFalse(l.hasPointer(1));
  }

  @Test
  void wideningAPrimitiveListIsRejected() {
    MessageReader m = Words.reader(struct(0, 0, 1), list(0, TWO, 2), bytes(1, 0, 2, 0));
    DecodeException e = assertThrows(DecodeException.class, () -> rootList(m, FOUR));
    Messages.assertNamesPlace(e, "list");
    assertThrows(DecodeException.class, () -> rootList(m, EIGHT));
    assertEquals(1, rootList(m, BYTE).getByte(0), "narrowing is fine");
  }

  @Test
  void narrowingReadsTheLowBytesOfEachElement() {
    MessageReader m = Words.reader(
        struct(0, 0, 1), list(0, EIGHT, 2), 0x0001_0002_0003_0004L, 0x0005_0006_0007_0008L);
    ListReader l = rootList(m, TWO);
    assertEquals(4, l.getShort(0));
    assertEquals(8, l.getShort(1));
    assertEquals(0x0003_0004, rootList(m, FOUR).getInt(0));
    assertEquals(0x0007_0008, rootList(m, FOUR).getInt(1));
  }

  @Test
  void byteListReadAsBoolListIsRejectedThoughTheCapnpReaderAcceptsIt() {
    MessageReader m = Words.reader(struct(0, 0, 1), list(0, BYTE, 3), bytes(1, 0, 3));
    DecodeException e = assertThrows(DecodeException.class, () -> rootList(m, BIT));
    Messages.assertNamesPlace(e, "bit list");
  }

  @Test
  void bitListReadsOnlyAsABitList() {
    MessageReader m = Words.reader(struct(0, 0, 1), list(0, BIT, 3), 5);
    for (int expected : new int[] {VOID, BYTE, TWO, FOUR, EIGHT, POINTER, COMPOSITE}) {
      DecodeException e = assertThrows(
          DecodeException.class, () -> rootList(m, expected), ElementSize.name(expected));
      Messages.assertNamesPlace(e, "bit list");
    }
    assertTrue(rootList(m, BIT).getBoolean(2));
  }

  // ---- the whole matrix, checked against capnp ----

  /** Stored encodings: a name, the words of a message whose root's pointer 0 holds the list. */
  static Stream<Arguments> stored() {
    return Stream.of(
        Arguments.of("void", VOID, new long[] {struct(0, 0, 1), list(0, VOID, 3)}),
        Arguments.of("bit", BIT, new long[] {struct(0, 0, 1), list(0, BIT, 3), 5}),
        Arguments.of(
            "byte", BYTE, new long[] {struct(0, 0, 1), list(0, BYTE, 3), bytes(1, 2, 0xFF)}),
        Arguments.of("2-byte", TWO, new long[] {
          struct(0, 0, 1), list(0, TWO, 3), bytes(1, 0, 2, 0, 0xFF, 0xFF)
        }),
        Arguments.of("4-byte", FOUR, new long[] {
          struct(0, 0, 1), list(0, FOUR, 3), 0x0000_0002_0000_0001L, 0xFFFF_FFFFL
        }),
        Arguments.of(
            "8-byte", EIGHT, new long[] {struct(0, 0, 1), list(0, EIGHT, 2), 0x1_0000_0002L, -1L}),
        Arguments.of("pointer", POINTER, new long[] {
          struct(0, 0, 1), list(0, POINTER, 2), list(1, BYTE, 2), 0, bytes('a', 0)
        }),
        Arguments.of("struct(2,1)", COMPOSITE, new long[] {
          struct(0, 0, 1),
          list(0, COMPOSITE, 6),
          tag(2, 2, 1),
          0x0000_0009_0000_0007L,
          5,
          list(3, BYTE, 2),
          8,
          6,
          0,
          bytes('x', 0)
        }),
        Arguments.of("struct(1,0)", COMPOSITE, new long[] {
          struct(0, 0, 1), list(0, COMPOSITE, 2), tag(2, 1, 0), 7, 8
        }),
        Arguments.of("struct(0,1)", COMPOSITE, new long[] {
          struct(0, 0, 1), list(0, COMPOSITE, 2), tag(2, 0, 1), 0, 0
        }));
  }

  /** Whether the notes' rules accept reading {@code name} as {@code expected}. */
  private static boolean accepts(String name, int stored, int expected) {
    if (stored == BIT || expected == BIT) {
      return stored == expected;
    }
    if (expected == VOID || expected == COMPOSITE) {
      return true;
    }
    switch (name) {
      case "struct(2,1)":
        return true;
      case "struct(1,0)":
        return expected != POINTER;
      case "struct(0,1)":
        return expected == POINTER;
      default:
        return ElementSize.dataBits(stored) >= ElementSize.dataBits(expected)
            && ElementSize.pointers(stored) >= ElementSize.pointers(expected);
    }
  }

  static Stream<Arguments> matrix() {
    List<Arguments> out = new ArrayList<>();
    stored().forEach(a -> {
      for (int expected = 0; expected < 8; expected++) {
        Object[] g = a.get();
        out.add(Arguments.of(g[0], g[1], g[2], expected));
      }
    });
    return out.stream();
  }

  private static final String[] TYPES = {
    "Void1", "Bool1", "U8s", "U16s", "U32s", "U64s", "Texts", "Elems"
  };

  /** The list printed as capnp decode --short prints the matching root type, or null if rejected. */
  private static String javaPrint(long[] words, int expected) {
    ListReader l;
    try {
      l = rootList(Words.reader(words), expected);
    } catch (DecodeException e) {
      return null;
    }
    StringBuilder sb = new StringBuilder("(l = [");
    for (int i = 0; i < l.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      switch (expected) {
        case VOID -> sb.append("void");
        case BIT -> sb.append(l.getBoolean(i));
        case BYTE -> sb.append(Byte.toUnsignedInt(l.getByte(i)));
        case TWO -> sb.append(Short.toUnsignedInt(l.getShort(i)));
        case FOUR -> sb.append(Integer.toUnsignedString(l.getInt(i)));
        case EIGHT -> sb.append(Long.toUnsignedString(l.getLong(i)));
        case POINTER -> sb.append('"').append(l.getText(i, new TextReader())).append('"');
        default -> {
          R e = l.getStruct(i, new R());
          sb.append("(a = ")
              .append(Integer.toUnsignedString(e.u32(0)))
              .append(", b = ")
              .append(Long.toUnsignedString(e.u64(8)));
          if (e.has(0)) {
            sb.append(", t = \"").append(e.text(0)).append('"');
          }
          sb.append(')');
        }
      }
    }
    return sb.append("])").toString();
  }

  @ParameterizedTest(name = "{0} list read as {3}")
  @MethodSource("matrix")
  void upgradeMatrixFollowsTheRules(String name, int stored, long[] words, int expected) {
    String printed = javaPrint(words, expected);
    assertEquals(
        accepts(name, stored, expected),
        printed != null,
        name + " list read as " + ElementSize.name(expected) + " list");
  }

  @ParameterizedTest(name = "{0} list read as {3}, like capnp")
  @MethodSource("matrix")
  void upgradeMatrixAgreesWithCapnp(String name, int stored, long[] words, int expected) {
    CapnpTool.Result r = CapnpTool.decode(Words.framed(words), TYPES[expected]);
    String printed = javaPrint(words, expected);
    boolean deliberate = expected == BIT
        && stored != BIT
        && ElementSize.dataBits(stored) >= 8
        && stored != COMPOSITE;
    if (deliberate) {
      // CAPNP-NOTES item 7: capnp's reader accepts a byte/word list as List(Bool); we reject.
      assertFalse(r.rejected(), "capnp accepts " + name + " as List(Bool): " + r.stderr());
      assertEquals(null, printed);
      return;
    }
    if (r.rejected()) {
      if (printed != null) {
        fail("capnp rejects " + name + " as " + TYPES[expected] + " but we read " + printed
            + "; capnp: " + r.stderr());
      }
      return;
    }
    assertEquals(r.out().strip(), printed, "capnp accepts " + name + " as " + TYPES[expected]);
  }
}
