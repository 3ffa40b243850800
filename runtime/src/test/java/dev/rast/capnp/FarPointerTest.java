package dev.rast.capnp;

import static dev.rast.capnp.Words.bytes;
import static dev.rast.capnp.Words.far;
import static dev.rast.capnp.Words.list;
import static dev.rast.capnp.Words.struct;
import static dev.rast.capnp.Words.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.capnp.Structs.R;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Far and double-far pointers, followed by readers and rejected when malformed. */
class FarPointerTest {
  private static long[] seg(long... w) {
    return w;
  }

  @Test
  void singleFarLandsOnAPadWhoseOffsetIsRelativeToThePad() {
    MessageReader m = Words.segments(seg(far(false, 1, 1)), seg(0, struct(1, 1, 1), 0, 42, 0));
    R r = Structs.root(m);
    assertEquals(42, r.u64(0));
    assertEquals(8, r.dataSectionBytes());
    assertEquals(1, r.pointerSectionSize());
  }

  @Test
  void singleFarToTextAndToAList() {
    MessageReader m = Words.segments(
        seg(struct(0, 0, 2), far(false, 0, 1), far(false, 2, 1)),
        seg(
            list(0, BYTE, 3),
            bytes('o', 'k', 0),
            list(0, ElementSize.FOUR_BYTES, 2),
            bytes(5, 0, 0, 0, 6)));
    R r = Structs.root(m);
    assertEquals("ok", r.text(0).toString());
    ListReader l = r.list(1, ElementSize.FOUR_BYTES);
    assertEquals(2, l.size());
    assertEquals(6, l.getInt(1));
  }

  private static final int BYTE = ElementSize.BYTE;

  @Test
  void doubleFarLandsOnAPadOfFarPointerAndTag() {
    MessageReader m =
        Words.segments(seg(far(true, 0, 1)), seg(far(false, 1, 2), struct(0, 1, 0)), seg(0, 42));
    assertEquals(42, Structs.root(m).u64(0));
  }

  @Test
  void doubleFarToAStructList() {
    MessageReader m = Words.segments(
        seg(struct(0, 0, 1), far(true, 0, 1)),
        seg(far(false, 0, 2), list(0, ElementSize.INLINE_COMPOSITE, 2)),
        seg(tag(2, 1, 0), 7, 8));
    ListReader l = Structs.root(m).list(0, ElementSize.INLINE_COMPOSITE);
    assertEquals(2, l.size());
    assertEquals(8, l.getStruct(1, new R()).u64(0));
  }

  @Test
  void farPointerInsideAFarTargetIsFollowedToo() {
    MessageReader m = Words.segments(
        seg(far(false, 0, 1)), seg(struct(0, 0, 1), far(false, 0, 2)), seg(struct(0, 1, 0), 9));
    assertEquals(9, Structs.root(m).struct(0).u64(0));
  }

  @Test
  void anyPointerReportsTheTypeBehindFarPointers() {
    MessageReader m = Words.segments(
        seg(struct(0, 0, 2), far(false, 0, 1), far(true, 1, 1)),
        seg(list(0, BYTE, 1), far(false, 0, 2), list(0, BYTE, 1)),
        seg(0));
    R r = Structs.root(m);
    assertEquals(PointerType.LIST, r.any(0).pointerType());
    assertEquals(PointerType.LIST, r.any(1).pointerType());
  }

  // ---- malformed far pointers ----

  @Test
  void farLandingOnAnotherFarIsRejected() {
    MessageReader m =
        Words.segments(seg(far(false, 0, 1)), seg(far(false, 0, 2)), seg(struct(0, 1, 0), 42));
    DecodeException e = assertThrows(DecodeException.class, () -> Structs.root(m));
    Messages.assertNamesPlace(e, "far");
  }

  @Test
  void doubleFarWhosePadDoesNotStartWithAFarPointerIsRejected() {
    MessageReader m =
        Words.segments(seg(far(true, 0, 1)), seg(struct(0, 1, 0), struct(0, 1, 0)), seg(42));
    DecodeException e = assertThrows(DecodeException.class, () -> Structs.root(m));
    Messages.assertNamesPlace(e, "landing pad");
  }

  @Test
  void doubleFarWhosePadIsItselfMarkedDoubleIsRejected() {
    // The spec: the pad's far pointer "always has B = 0". capnp 0.9.2 ignores the bit.
    MessageReader m =
        Words.segments(seg(far(true, 0, 1)), seg(far(true, 0, 2), struct(0, 1, 0)), seg(42));
    assertThrows(DecodeException.class, () -> Structs.root(m));
  }

  @Test
  void doubleFarWhoseTagIsAFarPointerIsRejected() {
    MessageReader m =
        Words.segments(seg(far(true, 0, 1)), seg(far(false, 0, 2), far(false, 0, 2)), seg(42));
    DecodeException e = assertThrows(DecodeException.class, () -> Structs.root(m));
    Messages.assertNamesPlace(e, "tag");
  }

  @Test
  void farToAnUnknownSegmentIsRejected() {
    MessageReader m = Words.segments(seg(far(false, 0, 1)));
    DecodeException e = assertThrows(DecodeException.class, () -> Structs.root(m));
    Messages.assertNamesPlace(e, "segment 1");
    MessageReader neg = Words.segments(seg(far(false, 0, -1)));
    DecodeException e2 = assertThrows(DecodeException.class, () -> Structs.root(neg));
    Messages.assertNamesPlace(e2, "4294967295");
  }

  @Test
  void doubleFarToAnUnknownContentSegmentIsRejected() {
    MessageReader m = Words.segments(seg(far(true, 0, 1)), seg(far(false, 0, 7), struct(0, 1, 0)));
    DecodeException e = assertThrows(DecodeException.class, () -> Structs.root(m));
    Messages.assertNamesPlace(e, "segment 7");
  }

  @Test
  void outOfBoundsPadsAreRejected() {
    MessageReader single = Words.segments(seg(far(false, 2, 1)), seg(struct(0, 1, 0), 42));
    Messages.assertNamesPlace(
        assertThrows(DecodeException.class, () -> Structs.root(single)), "out of bounds");
    // A double-far pad needs two words; this one starts at the segment's last word.
    MessageReader straddle =
        Words.segments(seg(far(true, 1, 1)), seg(0, far(false, 0, 2)), seg(42));
    Messages.assertNamesPlace(
        assertThrows(DecodeException.class, () -> Structs.root(straddle)), "out of bounds");
    MessageReader huge = Words.segments(seg(far(false, Wire.MAX_FAR_OFFSET, 1)), seg(0));
    Messages.assertNamesPlace(
        assertThrows(DecodeException.class, () -> Structs.root(huge)), "out of bounds");
  }

  @Test
  void contentOutOfBoundsOfTheTargetSegmentIsRejected() {
    MessageReader viaPad = Words.segments(seg(far(false, 0, 1)), seg(struct(0, 2, 0), 1));
    Messages.assertNamesPlace(
        assertThrows(DecodeException.class, () -> Structs.root(viaPad)), "out of bounds");
    MessageReader viaDouble =
        Words.segments(seg(far(true, 0, 1)), seg(far(false, 1, 2), struct(0, 1, 0)), seg(42));
    Messages.assertNamesPlace(
        assertThrows(DecodeException.class, () -> Structs.root(viaDouble)), "out of bounds");
  }

  // ---- each case against capnp ----

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("single far", new long[][] {{far(false, 0, 1)}, {struct(0, 1, 0), 42}}, true),
        Arguments.of(
            "double far",
            new long[][] {{far(true, 0, 1)}, {far(false, 0, 2), struct(0, 1, 0)}, {42}},
            true),
        Arguments.of(
            "far on far",
            new long[][] {{far(false, 0, 1)}, {far(false, 0, 2)}, {struct(0, 1, 0), 42}},
            false),
        Arguments.of(
            "double-far pad starts with a struct",
            new long[][] {{far(true, 0, 1)}, {struct(0, 1, 0), struct(0, 1, 0)}, {42}},
            false),
        Arguments.of(
            "double-far tag is far",
            new long[][] {{far(true, 0, 1)}, {far(false, 0, 2), far(false, 0, 2)}, {42}},
            false),
        Arguments.of("unknown segment", new long[][] {{far(false, 0, 5)}}, false),
        Arguments.of(
            "double-far unknown content segment",
            new long[][] {{far(true, 0, 1)}, {far(false, 0, 9), struct(0, 1, 0)}},
            false),
        Arguments.of(
            "pad out of bounds", new long[][] {{far(false, 3, 1)}, {struct(0, 1, 0), 42}}, false),
        Arguments.of(
            "double pad out of bounds",
            new long[][] {{far(true, 1, 1)}, {far(false, 0, 0), struct(0, 1, 0)}},
            false),
        Arguments.of(
            "content out of bounds",
            new long[][] {{far(false, 0, 1)}, {struct(0, 2, 0), 1}},
            false),
        Arguments.of(
            "double-far content out of bounds",
            new long[][] {{far(true, 0, 1)}, {far(false, 1, 2), struct(0, 1, 0)}, {42}},
            false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void javaAndCapnpAgree(String name, long[][] segs, boolean accepted) {
    MessageReader m = Words.segments(segs);
    if (accepted) {
      assertEquals(42, Structs.root(m).u64(0));
    } else {
      assertThrows(DecodeException.class, () -> Structs.root(m).u64(0));
    }
    CapnpTool.Result r = CapnpTool.decode(Words.framed(segs), "Node");
    assertEquals(!accepted, r.rejected(), "capnp: " + r.out() + " " + r.stderr());
  }

  @Test
  void capnpAcceptsADoubleBitInTheDoubleFarPadWhereWeDoNot() {
    long[][] segs = {{far(true, 0, 1)}, {far(true, 0, 2), struct(0, 1, 0)}, {42}};
    CapnpTool.Result r = CapnpTool.decode(Words.framed(segs), "Node");
    assertFalse(r.rejected(), r.stderr());
    assertTrue(r.out().contains("v = 42"));
    assertThrows(DecodeException.class, () -> Structs.root(Words.segments(segs)));
  }
}
