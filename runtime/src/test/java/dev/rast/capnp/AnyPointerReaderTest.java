package dev.rast.capnp;

import static dev.rast.capnp.Words.bytes;
import static dev.rast.capnp.Words.cap;
import static dev.rast.capnp.Words.far;
import static dev.rast.capnp.Words.list;
import static dev.rast.capnp.Words.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.capnp.Structs.R;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Untyped pointers: type queries, capability indexes and the reserved pointer kind. */
class AnyPointerReaderTest {

  @Test
  void reportsEachPointerType() {
    MessageReader m =
        Words.reader(struct(0, 0, 4), 0, struct(-1, 0, 0), list(0, ElementSize.VOID, 2), cap(3));
    R r = Structs.root(m);
    assertEquals(PointerType.NULL, r.any(0).pointerType());
    assertTrue(r.any(0).isNull());
    assertEquals(PointerType.STRUCT, r.any(1).pointerType());
    assertEquals(PointerType.LIST, r.any(2).pointerType());
    assertEquals(PointerType.CAPABILITY, r.any(3).pointerType());
    assertFalse(r.any(3).isNull());
  }

  @Test
  void capabilityPointerReadsAsItsIndex() {
    MessageReader m = Words.reader(struct(0, 0, 3), cap(0), cap(7), 0);
    R r = Structs.root(m);
    assertEquals(0, r.any(0).getCapabilityIndex());
    assertEquals(7, r.any(1).getCapabilityIndex());
    assertEquals(-1, r.any(2).getCapabilityIndex(), "null");
    assertEquals(-1, r.any(9).getCapabilityIndex(), "missing pointer");
  }

  @Test
  void capabilityPointerIsNotAStructListOrText() {
    MessageReader m = Words.reader(struct(0, 0, 1), cap(2));
    R r = Structs.root(m);
    Messages.assertNamesPlace(assertThrows(DecodeException.class, () -> r.struct(0)), "capability");
    Messages.assertNamesPlace(
        assertThrows(DecodeException.class, () -> r.list(0, -1)), "capability");
    Messages.assertNamesPlace(assertThrows(DecodeException.class, () -> r.text(0)), "capability");
    Messages.assertNamesPlace(assertThrows(DecodeException.class, () -> r.data(0)), "capability");
  }

  @Test
  void nonCapabilityReadAsCapabilityIsRejected() {
    MessageReader m = Words.reader(struct(0, 0, 1), struct(-1, 0, 0));
    Messages.assertNamesPlace(
        assertThrows(DecodeException.class, () -> Structs.root(m).any(0).getCapabilityIndex()),
        "capability");
  }

  @Test
  void readsAsStructListTextAndData() {
    MessageReader m = Words.reader(
        struct(0, 0, 3),
        struct(2, 1, 0),
        list(2, ElementSize.BYTE, 3),
        list(2, ElementSize.EIGHT_BYTES, 1),
        5,
        bytes('a', 'b', 0),
        6);
    R r = Structs.root(m);
    assertEquals(5, r.any(0).getAsStruct(new R()).u64(0));
    assertEquals("ab", r.any(1).getAsText(new TextReader()).toString());
    assertEquals(3, r.any(1).getAsData(new DataReader()).size());
    assertEquals(6, r.any(2).getAsList(new ListReader()).getLong(0));
    assertEquals(
        6, r.any(2).getAsList(ElementSize.EIGHT_BYTES, new ListReader()).getLong(0));
    assertEquals(2, r.any(0).totalSizeInWords() + r.any(2).totalSizeInWords());
  }

  @Test
  void missingPointerReadsAsEmptyEverything() {
    R r = Structs.root(Words.reader(struct(0, 0, 0)));
    AnyPointerReader a = r.any(0);
    assertEquals(0, a.getAsStruct(new R()).dataSectionBytes());
    assertEquals(0, a.getAsList(new ListReader()).size());
    assertEquals("", a.getAsText(new TextReader()).toString());
    assertEquals(0, a.getAsData(new DataReader()).size());
    assertEquals(0, a.totalSizeInWords());
  }

  // ---- the reserved kind (3 with bits 2..31 non-zero) is rejected wherever it is read ----

  private static final long[] RESERVED = {
    0x7L, 0x8000_0003L, 0x0000_0001_0000_0007L, 0xFFFF_FFFF_FFFF_FFFFL
  };

  private static Consumer<R> read(String what) {
    return switch (what) {
      case "struct" -> r -> r.struct(0);
      case "list" -> r -> r.list(0, -1);
      case "struct list" -> r -> r.list(0, ElementSize.INLINE_COMPOSITE);
      case "text" -> r -> r.text(0);
      case "data" -> r -> r.data(0);
      case "pointerType" -> r -> r.any(0).pointerType();
      case "capability index" -> r -> r.any(0).getCapabilityIndex();
      case "any as struct" -> r -> r.any(0).getAsStruct(new R());
      case "any as list" -> r -> r.any(0).getAsList(new ListReader());
      case "any as text" -> r -> r.any(0).getAsText(new TextReader());
      case "any total size" -> r -> r.any(0).totalSizeInWords();
      case "struct total size" -> R::totalSizeInWords;
      case "canonicalize" -> Canonical::canonicalize;
      case "setRoot copy" -> r -> new MessageBuilder().setRoot(r);
      case "AnyPointerBuilder.set" -> r ->
          new MessageBuilder().getRoot(new AnyPointerBuilder()).set(r.any(0));
      default -> throw new IllegalArgumentException(what);
    };
  }

  static Stream<Arguments> reservedEverywhere() {
    String[] ways = {
      "struct",
      "list",
      "struct list",
      "text",
      "data",
      "pointerType",
      "capability index",
      "any as struct",
      "any as list",
      "any as text",
      "any total size",
      "struct total size",
      "canonicalize",
      "setRoot copy",
      "AnyPointerBuilder.set"
    };
    Stream.Builder<Arguments> out = Stream.builder();
    for (long p : RESERVED) {
      for (String w : ways) {
        out.add(Arguments.of(w, p));
      }
    }
    return out.build();
  }

  @ParameterizedTest(name = "reserved pointer {1} read via {0}")
  @MethodSource("reservedEverywhere")
  void reservedPointerKindIsRejected(String way, long pointer) {
    R r = Structs.root(Words.reader(struct(0, 0, 1), pointer));
    DecodeException e = assertThrows(DecodeException.class, () -> read(way).accept(r));
    Messages.assertNamesPlace(e, "");
  }

  @Test
  void reservedPointerInAListOfPointersIsRejected() {
    ListReader l = Structs.root(
            Words.reader(struct(0, 0, 1), list(0, ElementSize.POINTER, 1), 0x7L))
        .list(0, ElementSize.POINTER);
    assertThrows(DecodeException.class, () -> l.getText(0, new TextReader()));
    assertThrows(DecodeException.class, () -> l.getStructPointer(0, new R()));
    assertThrows(DecodeException.class, () -> l.getList(0, -1, new ListReader()));
    assertThrows(
        DecodeException.class, () -> l.getAnyPointer(0, new AnyPointerReader()).pointerType());
  }

  @Test
  void reservedKindBehindAFarPointerIsRejected() {
    MessageReader single =
        Words.segments(new long[] {struct(0, 0, 1), far(false, 0, 1)}, new long[] {0x7L});
    assertThrows(DecodeException.class, () -> Structs.root(single).struct(0));
    assertThrows(DecodeException.class, () -> Structs.root(single).any(0).pointerType());
    assertThrows(DecodeException.class, () -> Canonical.canonicalize(Structs.root(single)));
    MessageReader dbl = Words.segments(
        new long[] {struct(0, 0, 1), far(true, 0, 1)},
        new long[] {far(false, 0, 2), 0x7L},
        new long[] {0});
    assertThrows(DecodeException.class, () -> Structs.root(dbl).list(0, -1));
    assertThrows(DecodeException.class, () -> Structs.root(dbl).any(0).pointerType());
    assertThrows(DecodeException.class, () -> Canonical.canonicalize(Structs.root(dbl)));
  }

  @Test
  void capnpRejectsTheReservedKindToo() {
    CapnpTool.Result r =
        CapnpTool.decode(Words.framed(new long[] {struct(0, 1, 1), 1, 0x7L}), "Node");
    assertTrue(r.rejected(), r.out());
    Messages.assertSays(new RuntimeException(r.stderr()), "unknown pointer type");
  }
}
