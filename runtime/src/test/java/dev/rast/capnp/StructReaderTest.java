package dev.rast.capnp;

import static dev.rast.capnp.Words.bytes;
import static dev.rast.capnp.Words.list;
import static dev.rast.capnp.Words.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.capnp.Structs.R;
import org.junit.jupiter.api.Test;

/** Struct pointers assembled by hand: sections, defaults, zero-size structs, bounds. */
class StructReaderTest {

  @Test
  void readsEveryScalarWidthFromTheDataSection() {
    MessageReader m = Words.reader(
        struct(0, 2, 0),
        bytes(0x81, 0xFE, 0x34, 0x12, 0x78, 0x56, 0x34, 0x12),
        0x8877665544332211L);
    R r = Structs.root(m);
    assertEquals(16, r.dataSectionBytes());
    assertEquals(0, r.pointerSectionSize());
    assertTrue(r.bool(0));
    assertFalse(r.bool(1));
    assertTrue(r.bool(7));
    assertEquals((byte) 0x81, r.u8(0));
    assertEquals((byte) 0xFE, r.u8(1));
    assertEquals((short) 0xFE81, r.u16(0));
    assertEquals(0x1234, r.u16(2));
    assertEquals(0x12345678, r.u32(4));
    assertEquals(0x8877665544332211L, r.u64(8));
    assertEquals(Float.intBitsToFloat(0x12345678), r.f32(4));
    assertEquals(Double.longBitsToDouble(0x8877665544332211L), r.f64(8));
  }

  @Test
  void storedValuesAreXoredWithTheSchemaDefault() {
    MessageReader m = Words.reader(struct(0, 2, 0), bytes(0x01, 0, 0x05, 0, 0x0F, 0, 0, 0), 0);
    R r = Structs.root(m);
    assertFalse(r.bool(0, true), "stored 1 XOR default true");
    assertTrue(r.bool(1, true));
    assertEquals((short) (5 ^ 123), r.u16(2, (short) 123));
    assertEquals(0x0F ^ 0x7FFFFFFF, r.u32(4, 0x7FFFFFFF));
    assertEquals(-1L, r.u64(8, -1L), "zero XOR default is the default");
    assertEquals(1.5f, r.f32(8, Float.floatToIntBits(1.5f)));
    assertEquals(-2.25, r.f64(8, Double.doubleToLongBits(-2.25)));
  }

  @Test
  void fieldsPastTheEndOfTheDataSectionReadTheirDefault() {
    // One data word: an older, smaller version of a struct.
    MessageReader m = Words.reader(struct(0, 1, 0), -1L);
    R r = Structs.root(m);
    assertEquals(-1, r.u32(4));
    assertEquals(77, r.u32(8, 77), "a field starting at the end reads its default");
    assertEquals(5L, r.u64(8, 5L));
    assertEquals(9L, r.u64(4 + 4, 9L));
    assertEquals((short) 3, r.u16(8, (short) 3));
    assertTrue(r.bool(64, true));
    assertFalse(r.bool(64));
    assertTrue(r.bool(63));
    assertEquals(0.0, r.f64(8));
  }

  @Test
  void pointerIndexPastTheEndReadsNullOrTheDefault() {
    MessageReader m = Words.reader(struct(0, 1, 0), 42);
    R r = Structs.root(m);
    assertFalse(r.has(0));
    assertFalse(r.has(7));
    assertEquals(0, r.struct(0).dataSectionBytes());
    assertEquals(0, r.list(0, ElementSize.FOUR_BYTES).size());
    assertEquals("", r.text(0).toString());
    assertEquals(0, r.data(0).size());
    assertTrue(r.any(0).isNull());
    assertEquals(PointerType.NULL, r.any(3).pointerType());

    MessageReader dflt = Words.reader(struct(0, 1, 0), 99);
    assertEquals(99, r.struct(0, dflt).u64(0));
    MessageReader textDefault =
        Words.reader(Words.concat(Words.of(list(0, 2, 4)), Words.text("foo")));
    assertEquals("foo", r.text(0, textDefault).toString());
    MessageReader listDefault = Words.reader(list(0, 4, 2), bytes(7, 0, 0, 0, 8, 0, 0, 0));
    ListReader l = r.list(0, ElementSize.FOUR_BYTES, listDefault);
    assertEquals(2, l.size());
    assertEquals(8, l.getInt(1));
  }

  @Test
  void nullPointerReadsTheDefault() {
    MessageReader m = Words.reader(struct(0, 0, 2), 0, 0);
    R r = Structs.root(m);
    assertFalse(r.has(0));
    MessageReader dflt = Words.reader(struct(0, 1, 0), 123);
    assertEquals(123, r.struct(1, dflt).u64(0));
    assertEquals(0, r.struct(1).dataSectionBytes());
  }

  @Test
  void zeroSizeStructAtOffsetMinusOneIsTheEmptyStruct() {
    // The root pointer is fcffffff 00000000: offset -1, no sections.
    MessageReader m = Words.reader(struct(-1, 0, 0));
    assertEquals(0xFFFFFFFCL, struct(-1, 0, 0));
    R r = Structs.root(m);
    assertEquals(0, r.dataSectionBytes());
    assertEquals(0, r.pointerSectionSize());
    assertEquals(7, r.u32(0, 7));
    assertFalse(r.has(0));
  }

  @Test
  void zeroSizeStructInAPointerFieldIsNonNullButEmpty() {
    MessageReader m = Words.reader(struct(0, 0, 1), struct(-1, 0, 0));
    R r = Structs.root(m);
    assertTrue(r.has(0));
    R child = r.struct(0);
    assertEquals(0, child.dataSectionBytes());
    assertEquals(0, child.pointerSectionSize());
    assertEquals(PointerType.STRUCT, r.any(0).pointerType());
  }

  @Test
  void zeroSizeStructMayPointAnywhereInsideTheSegmentIncludingItsEnd() {
    // Offset 0 from the last word: the (empty) content starts at the segment's end.
    MessageReader m = Words.reader(struct(0, 0, 1), struct(0, 0, 0));
    assertEquals(0, Structs.root(m).struct(0).dataSectionBytes());
  }

  @Test
  void childStructsAreFoundRelativeToTheEndOfTheirPointer() {
    MessageReader m = Words.reader(
        struct(0, 1, 2),
        11,
        struct(1, 1, 0), // skips one word
        struct(1, 1, 0),
        22,
        33);
    R r = Structs.root(m);
    assertEquals(11, r.u64(0));
    assertEquals(22, r.struct(0).u64(0), "word 2's pointer + 1 skipped word = word 4");
    assertEquals(33, r.struct(1).u64(0), "word 3's pointer + 1 skipped word = word 5");
  }

  @Test
  void negativeOffsetsPointBackwards() {
    MessageReader m = Words.reader(struct(1, 0, 1), 55, struct(-2, 1, 0));
    assertEquals(55, Structs.root(m).struct(0).u64(0));
  }

  @Test
  void extraSectionsOfANewerStructAreIgnored() {
    MessageReader m = Words.reader(struct(0, 3, 2), 1, 2, 3, 0, 0);
    R r = Structs.root(m);
    assertEquals(1, r.u64(0));
    assertEquals(24, r.dataSectionBytes());
    assertEquals(2, r.pointerSectionSize());
  }

  @Test
  void structRunningPastTheSegmentEndIsRejected() {
    MessageReader m = Words.reader(struct(0, 2, 1), 1, 2);
    DecodeException e = assertThrows(DecodeException.class, () -> Structs.root(m));
    Messages.assertNamesPlace(e, "out of bounds");
  }

  @Test
  void structStartingBeforeTheSegmentIsRejected() {
    MessageReader m = Words.reader(struct(0, 0, 1), struct(-3, 1, 0));
    DecodeException e =
        assertThrows(DecodeException.class, () -> Structs.root(m).struct(0));
    Messages.assertNamesPlace(e, "out of bounds");
  }

  @Test
  void listPointerReadAsStructIsRejected() {
    MessageReader m = Words.reader(struct(0, 0, 1), list(0, 2, 0));
    DecodeException e =
        assertThrows(DecodeException.class, () -> Structs.root(m).struct(0));
    Messages.assertNamesPlace(e, "struct");
  }

  @Test
  void structPointerReadAsListIsRejected() {
    MessageReader m = Words.reader(struct(0, 0, 1), struct(0, 1, 0), 5);
    DecodeException e =
        assertThrows(DecodeException.class, () -> Structs.root(m).list(0, ElementSize.EIGHT_BYTES));
    Messages.assertNamesPlace(e, "list");
    assertThrows(DecodeException.class, () -> Structs.root(m).text(0));
    assertThrows(DecodeException.class, () -> Structs.root(m).data(0));
  }

  @Test
  void rootOfAnEmptySegmentIsRejectedLikeCapnp() {
    // capnp: "Message did not contain a root pointer."
    MessageReader m = new MessageReader().initFlat(Words.segment());
    DecodeException e = assertThrows(DecodeException.class, () -> Structs.root(m));
    Messages.assertNamesPlace(e, "root");
    assertThrows(DecodeException.class, () -> m.getRoot(new AnyPointerReader()));
  }

  @Test
  void reusedReaderIsRepointedWithoutStaleState() {
    MessageReader m = Words.reader(struct(0, 1, 2), 7, struct(1, 2, 0), struct(-1, 0, 0), 1, 2);
    R root = Structs.root(m);
    R target = new R();
    root.struct(0, target);
    assertEquals(16, target.dataSectionBytes());
    root.struct(1, target);
    assertEquals(0, target.dataSectionBytes());
    assertEquals(0, target.u64(0));
    R copy = new R();
    root.struct(0, target);
    copy.wrap(target);
    assertEquals(2, copy.u64(8));
  }
}
