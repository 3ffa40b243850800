package dev.rast.capnp;

import static dev.rast.capnp.Words.far;
import static dev.rast.capnp.Words.list;
import static dev.rast.capnp.Words.struct;
import static dev.rast.capnp.Words.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rast.capnp.Structs.R;
import org.junit.jupiter.api.Test;

/**
 * The traversal budget, charged as capnp C++ 0.9.2 charges its ReadLimiter: the root pointer word,
 * every struct's and list's words (a composite list's tag included), far-pointer landing pads, and
 * one word per element of a list of zero-size elements.
 */
class TraversalLimitTest {
  private static ReaderOptions limit(long words) {
    return new ReaderOptions(words, 64);
  }

  @Test
  void listOfVoidIsChargedOneWordPerElement() {
    // Root pointer (1) + root struct (1) + 98 elements = 100.
    R ok = Structs.root(Words.reader(limit(100), struct(0, 0, 1), list(0, ElementSize.VOID, 98)));
    assertEquals(98, ok.list(0, ElementSize.VOID).size());
    R over = Structs.root(Words.reader(limit(100), struct(0, 0, 1), list(0, ElementSize.VOID, 99)));
    DecodeException e = assertThrows(DecodeException.class, () -> over.list(0, ElementSize.VOID));
    Messages.assertNamesPlace(e, "traversal limit");
  }

  @Test
  void listOfZeroSizeStructsIsChargedOneWordPerElement() {
    // Root pointer (1) + root struct (1) + tag (1) + 97 elements = 100.
    R ok = Structs.root(Words.reader(
        limit(100), struct(0, 0, 1), list(0, ElementSize.INLINE_COMPOSITE, 0), tag(97, 0, 0)));
    assertEquals(97, ok.list(0, ElementSize.INLINE_COMPOSITE).size());
    R over = Structs.root(Words.reader(
        limit(100), struct(0, 0, 1), list(0, ElementSize.INLINE_COMPOSITE, 0), tag(98, 0, 0)));
    assertThrows(DecodeException.class, () -> over.list(0, ElementSize.INLINE_COMPOSITE));
  }

  @Test
  void rootStructIsChargedWithItsPointer() {
    // A 9-word root struct costs 10 words: it fits a limit of 10, not of 9.
    long[] words = new long[10];
    words[0] = struct(0, 9, 0);
    assertEquals(72, Structs.root(Words.reader(limit(10), words)).dataSectionBytes());
    assertThrows(DecodeException.class, () -> Structs.root(Words.reader(limit(9), words)));
  }

  @Test
  void landingPadsAreCharged() {
    // Root pointer + root struct = 2; each read of the child costs its pad (1) + struct (1).
    long[][] single = {{struct(0, 0, 1), far(false, 0, 1)}, {struct(0, 1, 0), 42}};
    R root = Structs.root(Words.segments(limit(4), single));
    assertEquals(42, root.struct(0).u64(0));
    assertThrows(
        DecodeException.class, () -> root.struct(0), "without the pad it would cost 1 + 1 + 1 + 1");
    // Double-far: pad (2) + struct (1).
    long[][] dbl = {{struct(0, 0, 1), far(true, 0, 1)}, {far(false, 0, 2), struct(0, 1, 0)}, {42}};
    R root2 = Structs.root(Words.segments(limit(5), dbl));
    assertEquals(42, root2.struct(0).u64(0));
    assertThrows(DecodeException.class, () -> root2.struct(0));
    R root3 = Structs.root(Words.segments(limit(5), dbl));
    assertThrows(DecodeException.class, () -> {
      root3.any(0).pointerType(); // resolving the type reads the pad too
      root3.struct(0);
    });
  }

  @Test
  void pointersAliasingOneLargeObjectExhaustTheBudget() {
    // 1000 pointers to the same 10 000-word struct: 80 KB of message, 10 M words of reading.
    int pointers = 1000;
    int objectWords = 10_000;
    long[] w = new long[1 + pointers + objectWords];
    w[0] = struct(0, 0, pointers);
    for (int i = 0; i < pointers; i++) {
      int at = 1 + i;
      w[at] = struct(1 + pointers - (at + 1), objectWords, 0);
    }
    MessageReader m = Words.reader(w);
    R root = Structs.root(m);
    R target = new R();
    DecodeException e = assertThrows(DecodeException.class, () -> {
      for (int i = 0; i < pointers; i++) {
        root.struct(i, target);
      }
    });
    Messages.assertNamesPlace(e, "traversal limit");
    assertThrows(DecodeException.class, () -> Canonical.canonicalize(Structs.root(m)));
    assertThrows(DecodeException.class, () -> Structs.root(m).totalSizeInWords());
    assertThrows(DecodeException.class, () -> new MessageBuilder().setRoot(Structs.root(m)));
  }

  @Test
  void getRootStartsANewTraversal() {
    // The capnproto-java bug: a long-lived reader died once the cumulative reads hit the limit.
    long[] w = new long[101];
    w[0] = struct(0, 100, 0);
    w[100] = 7;
    MessageReader m = Words.reader(w);
    R r = new R();
    for (int i = 0; i < 100_000; i++) {
      assertEquals(7, m.getRoot(r).u64(99 * 8));
    }
  }

  @Test
  void rereadingAChildWithoutGetRootIsChargedEachTime() {
    long[] w = {struct(0, 0, 1), struct(0, 10, 0), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    MessageReader m = Words.reader(limit(100), w);
    R root = Structs.root(m); // 2 words
    R child = new R();
    for (int i = 0; i < 9; i++) {
      root.struct(0, child); // 10 words each: 92 in all
    }
    assertThrows(DecodeException.class, () -> root.struct(0, child));
    m.resetTraversalLimit();
    root.struct(0, child);
    assertEquals(80, child.dataSectionBytes());
  }

  @Test
  void readingTextAndDataIsCharged() {
    // Root pointer + struct (2) + 2 words of text = 4.
    long[] w = {
      struct(0, 0, 1),
      list(0, ElementSize.BYTE, 12),
      Words.bytes('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
      Words.bytes('i', 'j', 'k', 0)
    };
    assertEquals("abcdefghijk", Structs.root(Words.reader(limit(4), w)).text(0).toString());
    R tight = Structs.root(Words.reader(limit(3), w));
    assertThrows(DecodeException.class, () -> tight.text(0));
    assertThrows(DecodeException.class, () -> tight.data(0));
  }
}
