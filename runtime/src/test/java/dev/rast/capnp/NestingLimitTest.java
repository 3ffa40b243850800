package dev.rast.capnp;

import static dev.rast.capnp.Words.list;
import static dev.rast.capnp.Words.struct;
import static dev.rast.capnp.Words.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rast.capnp.Structs.B;
import dev.rast.capnp.Structs.R;
import org.junit.jupiter.api.Test;

/**
 * The nesting limit (64, as capnp C++): the root and 63 nested structs read; a 65th level is
 * "too deeply nested". Cycles therefore end in {@link DecodeException}, never a stack overflow.
 */
class NestingLimitTest {
  private static final StructSize ONE_POINTER = new StructSize(0, 1);

  /** A chain of {@code n} structs, each with one pointer to the next, assembled from words. */
  static long[] chain(int n) {
    long[] w = new long[n + 1];
    for (int i = 0; i < n; i++) {
      w[i] = struct(0, 0, 1); // word i points at word i + 1, the next struct's pointer section
    }
    w[n] = 0; // the last struct's pointer is null
    return w;
  }

  /** Follows the chain; returns how many structs were read. */
  private static int walk(MessageReader m) {
    R r = Structs.root(m);
    int depth = 1;
    while (r.has(0)) {
      r = r.struct(0);
      depth++;
    }
    return depth;
  }

  @Test
  void chainOf64StructsReads() {
    assertEquals(64, walk(Words.reader(chain(64))));
  }

  @Test
  void chainOf65StructsIsTooDeep() {
    DecodeException e = assertThrows(DecodeException.class, () -> walk(Words.reader(chain(65))));
    Messages.assertNamesPlace(e, "too deeply nested");
    Messages.assertSays(e, "segment 0, word 64");
  }

  @Test
  void chainBuiltWithTheBuilderHasTheSameBoundary() {
    for (int n : new int[] {64, 65}) {
      MessageBuilder b = new MessageBuilder();
      B s = b.initRoot(ONE_POINTER, new B());
      for (int i = 1; i < n; i++) {
        s = s.initStruct(0, ONE_POINTER);
      }
      MessageReader m = Words.read(Words.serialize(b));
      if (n == 64) {
        assertEquals(64, walk(m));
        assertEquals(64, Canonical.canonicalize(Structs.root(m)).length / 8);
      } else {
        assertThrows(DecodeException.class, () -> walk(m));
        assertThrows(DecodeException.class, () -> Canonical.canonicalize(Structs.root(m)));
      }
    }
  }

  @Test
  void deepCopyAndSizeObeyTheLimitToo() {
    MessageReader ok = Words.reader(chain(64));
    assertEquals(64, Structs.root(ok).totalSizeInWords());
    new MessageBuilder().setRoot(Structs.root(ok));
    MessageReader deep = Words.reader(chain(65));
    assertThrows(DecodeException.class, () -> Structs.root(deep).totalSizeInWords());
    assertThrows(DecodeException.class, () -> new MessageBuilder().setRoot(Structs.root(deep)));
    assertThrows(DecodeException.class, () -> Canonical.canonicalize(Structs.root(deep)));
  }

  @Test
  void aCycleEndsInDecodeException() {
    // The root's pointer points at itself: an infinite chain in two words.
    MessageReader m = Words.reader(struct(0, 0, 1), struct(-1, 0, 1));
    assertThrows(DecodeException.class, () -> walk(m));
    assertThrows(DecodeException.class, () -> Canonical.canonicalize(Structs.root(m)));
    assertThrows(DecodeException.class, () -> Structs.root(m).totalSizeInWords());
    assertThrows(DecodeException.class, () -> new MessageBuilder().setRoot(Structs.root(m)));
  }

  @Test
  void aCycleThroughAStructListEndsInDecodeException() {
    // root -> list of one struct whose pointer points back at the list pointer's target.
    MessageReader m = Words.reader(
        struct(0, 0, 1),
        list(0, ElementSize.INLINE_COMPOSITE, 1),
        tag(1, 0, 1),
        list(-3, ElementSize.INLINE_COMPOSITE, 1));
    assertThrows(DecodeException.class, () -> Canonical.canonicalize(Structs.root(m)));
    assertThrows(DecodeException.class, () -> Structs.root(m).totalSizeInWords());
  }

  @Test
  void listsAndTheirElementsCountAsLevels() {
    // root (level 1) -> struct list (level 2) -> element (level 3) -> child struct (level 4)
    long[] words = {
      struct(0, 0, 1), list(0, ElementSize.INLINE_COMPOSITE, 1), tag(1, 0, 1), struct(0, 1, 0), 9
    };
    R root3 = Structs.root(Words.reader(new ReaderOptions(1000, 3), words));
    R element = root3.list(0, ElementSize.INLINE_COMPOSITE).getStruct(0, new R());
    assertThrows(DecodeException.class, () -> element.struct(0));
    R root4 = Structs.root(Words.reader(new ReaderOptions(1000, 4), words));
    assertEquals(
        9,
        root4
            .list(0, ElementSize.INLINE_COMPOSITE)
            .getStruct(0, new R())
            .struct(0)
            .u64(0));
    ListReader l2 = Structs.root(Words.reader(new ReaderOptions(1000, 2), words))
        .list(0, ElementSize.INLINE_COMPOSITE);
    assertThrows(DecodeException.class, () -> l2.getStruct(0, new R()));
  }

  @Test
  void nestedListsOfListsCountEachLevel() {
    // root -> List(List(List(Int32))): three list levels under the root.
    long[] words = {
      struct(0, 0, 1),
      list(0, ElementSize.POINTER, 1),
      list(0, ElementSize.POINTER, 1),
      list(0, ElementSize.FOUR_BYTES, 1),
      5
    };
    R ok = Structs.root(Words.reader(new ReaderOptions(1000, 4), words));
    ListReader inner = ok.list(0, ElementSize.POINTER)
        .getList(0, ElementSize.POINTER, new ListReader())
        .getList(0, ElementSize.FOUR_BYTES, new ListReader());
    assertEquals(5, inner.getInt(0));
    R tight = Structs.root(Words.reader(new ReaderOptions(1000, 3), words));
    ListReader mid =
        tight.list(0, ElementSize.POINTER).getList(0, ElementSize.POINTER, new ListReader());
    assertThrows(
        DecodeException.class, () -> mid.getList(0, ElementSize.FOUR_BYTES, new ListReader()));
  }

  @Test
  void textAndDataDoNotCountAsALevel() {
    long[] words = {struct(0, 0, 1), list(0, ElementSize.BYTE, 2), Words.bytes('x', 0)};
    assertEquals(
        "x",
        Structs.root(Words.reader(new ReaderOptions(1000, 1), words)).text(0).toString());
  }
}
