package dev.rast.capnp;

import static dev.rast.capnp.Words.far;
import static dev.rast.capnp.Words.list;
import static dev.rast.capnp.Words.struct;
import static dev.rast.capnp.Words.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * totalSizeInWords against capnp: {@code capnp convert binary:flat} sizes its output as
 * {@code totalSize() + 1} words, so the length of its output is an oracle for our count.
 */
class SizesTest {
  static Stream<Arguments> messages() {
    return Stream.of(
        Arguments.of(
            "official binary",
            Words.words(java.util.Arrays.copyOfRange(
                TestData.bytes("binary"), 8, TestData.bytes("binary").length)),
            0),
        Arguments.of(
            "struct with text",
            new long[] {struct(0, 1, 1), 1, list(0, ElementSize.BYTE, 9), 0, 0},
            4),
        Arguments.of(
            "struct list with slack words",
            new long[] {
              struct(0, 0, 1),
              list(0, ElementSize.INLINE_COMPOSITE, 6),
              tag(2, 1, 0),
              7,
              8,
              0,
              0,
              0,
              0
            },
            4),
        Arguments.of(
            "bit, void and pointer lists",
            new long[] {
              struct(0, 0, 3),
              list(2, ElementSize.BIT, 65),
              list(3, ElementSize.VOID, 100),
              list(2, ElementSize.POINTER, 2),
              -1,
              1,
              struct(-1, 0, 0),
              0
            },
            3 + 2 + 2),
        Arguments.of(
            "aliased object counted twice",
            new long[] {struct(0, 0, 2), struct(1, 2, 0), struct(0, 2, 0), 1, 2},
            2 + 2 + 2),
        Arguments.of(
            "zero-size struct list",
            new long[] {struct(0, 0, 1), list(0, ElementSize.INLINE_COMPOSITE, 0), tag(9, 0, 0)},
            2));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("messages")
  void totalSizeMatchesCapnpFlatOutput(String name, long[] words, long expected) {
    long ours = Structs.root(Words.reader(words)).totalSizeInWords();
    if (expected > 0) {
      assertEquals(expected, ours);
    }
    CapnpTool.Result r = CapnpTool.run(Words.framed(words), "convert", "binary:flat");
    assertEquals(false, r.rejected(), r.stderr());
    assertEquals(r.stdout().length / 8, ours + 1, name);
  }

  @ParameterizedTest(name = "far pointers are not counted: {0}")
  @MethodSource("messages")
  void farPointersAddNothing(String name, long[] words, long expected) {
    long[][] viaFar = {
      {far(false, 0, 1)},
      Words.concat(
          Words.of(Wire.withOffset(words[0], Wire.offset(words[0]))),
          java.util.Arrays.copyOfRange(words, 1, words.length))
    };
    assertEquals(
        Structs.root(Words.reader(words)).totalSizeInWords(),
        Structs.root(Words.segments(viaFar)).totalSizeInWords());
  }
}
