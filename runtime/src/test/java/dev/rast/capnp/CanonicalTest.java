package dev.rast.capnp;

import static dev.rast.capnp.Words.bytes;
import static dev.rast.capnp.Words.far;
import static dev.rast.capnp.Words.list;
import static dev.rast.capnp.Words.struct;
import static dev.rast.capnp.Words.tag;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rast.capnp.Structs.B;
import java.nio.ByteBuffer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hand-made non-canonical messages and the exact canonical words they must become. */
class CanonicalTest {

  private static long[] canonical(long[]... segs) {
    return Words.words(Canonical.canonicalize(Structs.root(Words.segments(segs))));
  }

  private static void assertWords(long[] expected, long[] actual) {
    assertArrayEquals(
        expected,
        actual,
        () -> "expected:\n" + Words.dump(expected) + "actual:\n" + Words.dump(actual));
  }

  /** name, input segments, expected canonical words. */
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "trailing zero data words are dropped",
            new long[][] {{struct(0, 3, 0), 5, 0, 0}},
            new long[] {struct(0, 1, 0), 5}),
        Arguments.of(
            "an inner zero data word is kept",
            new long[][] {{struct(0, 3, 0), 0, 5, 0}},
            new long[] {struct(0, 2, 0), 0, 5}),
        Arguments.of(
            "trailing null pointers are dropped",
            new long[][] {{struct(0, 1, 3), 7, list(2, ElementSize.BYTE, 2), 0, 0, bytes('a', 0)}},
            new long[] {struct(0, 1, 1), 7, list(0, ElementSize.BYTE, 2), bytes('a', 0)}),
        Arguments.of(
            "an all-zero struct becomes the zero-size struct at offset -1",
            new long[][] {{struct(0, 2, 2), 0, 0, 0, 0}},
            new long[] {struct(-1, 0, 0)}),
        Arguments.of(
            "an all-zero child struct too",
            new long[][] {{struct(0, 0, 1), struct(0, 1, 0), 0}},
            new long[] {struct(0, 0, 1), struct(-1, 0, 0)}),
        Arguments.of(
            "gaps between objects are removed",
            new long[][] {{struct(1, 1, 0), 0xDEAD, 9}},
            new long[] {struct(0, 1, 0), 9}),
        Arguments.of(
            "objects are laid out in pointer pre-order",
            new long[][] {
              {
                struct(0, 0, 2),
                struct(4, 1, 0),
                struct(0, 1, 1),
                0x22,
                list(0, ElementSize.BYTE, 2),
                bytes('b', 0),
                0x11
              }
            },
            new long[] {
              struct(0, 0, 2),
              struct(1, 1, 0),
              struct(1, 1, 1),
              0x11,
              0x22,
              list(0, ElementSize.BYTE, 2),
              bytes('b', 0)
            }),
        Arguments.of(
            "far and double-far pointers fold into one segment",
            new long[][] {
              {struct(0, 0, 2), far(false, 0, 1), far(true, 2, 1)},
              {struct(3, 1, 0), 0, far(false, 0, 2), list(0, ElementSize.BYTE, 2), 0x33},
              {bytes('c', 0)}
            },
            new long[] {
              struct(0, 0, 2), struct(1, 1, 0), list(1, ElementSize.BYTE, 2), 0x33, bytes('c', 0)
            }),
        Arguments.of(
            "struct list: trailing zeros dropped only where every element has them",
            new long[][] {
              {
                struct(0, 0, 1),
                list(0, ElementSize.INLINE_COMPOSITE, 8),
                tag(2, 2, 2),
                1,
                0,
                list(5, ElementSize.BYTE, 2),
                0,
                2,
                3,
                0,
                0,
                bytes('x', 0)
              }
            },
            new long[] {
              struct(0, 0, 1),
              list(0, ElementSize.INLINE_COMPOSITE, 6),
              tag(2, 2, 1),
              1,
              0,
              list(3, ElementSize.BYTE, 2),
              2,
              3,
              0,
              bytes('x', 0)
            }),
        Arguments.of(
            "struct list: a column zero in every element is dropped",
            new long[][] {
              {
                struct(0, 0, 1),
                list(0, ElementSize.INLINE_COMPOSITE, 6),
                tag(2, 2, 1),
                1,
                0,
                0,
                2,
                0,
                0
              }
            },
            new long[] {
              struct(0, 0, 1), list(0, ElementSize.INLINE_COMPOSITE, 2), tag(2, 1, 0), 1, 2
            }),
        Arguments.of(
            "struct list of all-zero structs keeps its count and no words",
            new long[][] {
              {struct(0, 0, 1), list(0, ElementSize.INLINE_COMPOSITE, 4), tag(2, 1, 1), 0, 0, 0, 0}
            },
            new long[] {struct(0, 0, 1), list(0, ElementSize.INLINE_COMPOSITE, 0), tag(2, 0, 0)}),
        Arguments.of(
            "garbage after a bit list's last element is cleared",
            new long[][] {{struct(0, 0, 1), list(0, ElementSize.BIT, 3), 0xFFFF_FFFF_FFFF_FFF5L}},
            new long[] {struct(0, 0, 1), list(0, ElementSize.BIT, 3), 0b101}),
        Arguments.of(
            "garbage after a byte list's last byte is cleared",
            new long[][] {{struct(0, 0, 1), list(0, ElementSize.BYTE, 3), 0xFFFF_FFFF_FF03_0201L}},
            new long[] {struct(0, 0, 1), list(0, ElementSize.BYTE, 3), 0x03_0201L}),
        Arguments.of(
            "garbage after a 2-byte list's last element is cleared",
            new long[][] {
              {struct(0, 0, 1), list(0, ElementSize.TWO_BYTES, 3), 0xFFFF_0003_0002_0001L}
            },
            new long[] {struct(0, 0, 1), list(0, ElementSize.TWO_BYTES, 3), 0x0003_0002_0001L}),
        Arguments.of(
            "empty lists point at the next free word",
            new long[][] {
              {
                struct(0, 0, 3),
                list(2, ElementSize.VOID, 5),
                list(2, ElementSize.EIGHT_BYTES, 0),
                list(0, ElementSize.BYTE, 1),
                bytes(0)
              }
            },
            new long[] {
              struct(0, 0, 3),
              list(2, ElementSize.VOID, 5),
              list(1, ElementSize.EIGHT_BYTES, 0),
              list(0, ElementSize.BYTE, 1),
              0
            }),
        Arguments.of(
            "a pointer list keeps its null elements",
            new long[][] {
              {struct(0, 0, 1), list(0, ElementSize.POINTER, 3), 0, struct(1, 1, 0), 0, 4}
            },
            new long[] {struct(0, 0, 1), list(0, ElementSize.POINTER, 3), 0, struct(1, 1, 0), 0, 4
            }),
        Arguments.of(
            "a list of zero-size structs",
            new long[][] {{struct(0, 0, 1), list(0, ElementSize.INLINE_COMPOSITE, 0), tag(3, 0, 0)}
            },
            new long[] {struct(0, 0, 1), list(0, ElementSize.INLINE_COMPOSITE, 0), tag(3, 0, 0)}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void canonicalizesToTheExpectedWords(String name, long[][] input, long[] expected) {
    assertWords(expected, canonical(input));
  }

  @ParameterizedTest(name = "{0}, like capnp")
  @MethodSource("cases")
  void matchesCapnp(String name, long[][] input, long[] expected) {
    byte[] theirs = CapnpTool.canonical(Words.framed(input));
    assertWords(Words.words(theirs), canonical(input));
  }

  @ParameterizedTest(name = "{0}: canonical form is a fixed point")
  @MethodSource("cases")
  void canonicalizingCanonicalBytesChangesNothing(String name, long[][] input, long[] expected) {
    assertWords(expected, canonical(expected));
  }

  @Test
  void scratchBuilderIsReusedAndMustBeLargeEnough() {
    MessageBuilder scratch = new MessageBuilder(64, MessageBuilder.Growth.FIXED_SIZE, false);
    long[] in = {struct(0, 3, 1), 5, 0, 0, list(0, ElementSize.BYTE, 3), bytes('h', 'i', 0)};
    long[] expected = {struct(0, 1, 1), 5, list(0, ElementSize.BYTE, 3), bytes('h', 'i', 0)};
    for (int i = 0; i < 3; i++) {
      ByteBuffer out = Canonical.canonicalize(Structs.root(Words.reader(in)), scratch);
      assertEquals(32, out.remaining());
      byte[] b = new byte[out.remaining()];
      out.get(out.position(), b);
      assertWords(expected, Words.words(b));
    }
    MessageBuilder tiny = new MessageBuilder(2, MessageBuilder.Growth.FIXED_SIZE, false);
    assertThrows(
        IllegalArgumentException.class,
        () -> Canonical.canonicalize(Structs.root(Words.reader(in)), tiny));
  }

  @Test
  void builtMessagesAreCanonicalizedLikeCapnp() {
    MessageBuilder b = new MessageBuilder(5, MessageBuilder.Growth.FIXED_SIZE, false);
    MessageBuilderTest.buildTree(b);
    byte[] ours = Built.assertCanonicalLikeCapnp(b);
    MessageReader flat = new MessageReader().initFlat(TestData.le(ours));
    assertArrayEquals(
        ours,
        Canonical.canonicalize(Structs.root(flat)),
        "canonical bytes read flat are canonical");
    MessageBuilderTest.assertTree(Structs.root(flat));
  }

  @Test
  void equalValuesHaveEqualCanonicalBytesWhateverTheLayout() {
    MessageBuilder compact = new MessageBuilder();
    MessageBuilderTest.buildTree(compact);
    MessageBuilder spread = new MessageBuilder(3, MessageBuilder.Growth.FIXED_SIZE, true);
    MessageBuilderTest.buildTree(spread);
    spread.getRoot(new StructSize(4, 8), new B()); // upgraded: bigger, but the extra is zero
    assertArrayEquals(
        Canonical.canonicalize(Built.readBack(compact)),
        Canonical.canonicalize(Built.readBack(spread)));
  }
}
