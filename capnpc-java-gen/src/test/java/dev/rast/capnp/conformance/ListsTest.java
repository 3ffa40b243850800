package dev.rast.capnp.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageReader;
import dev.rast.testschema.Test.TestLists;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * {@code testdata/lists.binary} (a {@code TestLists}: lists of small structs, lists of lists) read
 * with the generated reader prints as {@code capnp decode --short} does. The expected text is a
 * committed resource made with capnp, so the check runs without the tool;
 * {@link #committedExpectationMatchesCapnp} re-derives it when capnp is present ({@code
 * -Drast.golden.update=true} rewrites it).
 */
class ListsTest {
  private static final String EXPECTED = "conformance/lists.short.txt";

  @Test
  void listsBinaryPrintsAsCapnpDoes() {
    TestLists.Reader r = read(Official.le(Official.bytes("lists.binary")));
    assertEquals(expected(), r.toString() + "\n");
  }

  @Test
  void listsBinaryReadsThroughTypedGetters() {
    TestLists.Reader r = read(Official.le(Official.bytes("lists.binary")));
    assertEquals(2, r.getList0().size());
    assertTrue(r.getList1().get(0).getF());
    assertFalse(r.getList1().get(1).getF());
    assertEquals(45, r.getList8().get(1).getF());
    assertEquals(12345, r.getList16().get(0).getF());
    assertEquals(234567890, r.getList32().get(1).getF());
    assertEquals(1234567890123456L, r.getList64().get(0).getF());
    assertEquals("bar", r.getListP().get(1).getF());
    assertEquals(3, r.getInt32ListList().get(0).getInt(2));
    assertEquals(1, r.getInt32ListList().get(2).size());
    assertEquals("baz", r.getTextListList().get(1).get(0));
    assertEquals(456, r.getStructListList().get(0).get(1).getInt32Field());
  }

  /**
   * Writers before Cap'n Proto 0.5 encoded lists of one-field structs as primitive lists (void,
   * byte, ... and pointer lists); readers must still read them as struct lists. (Bit lists are the
   * exception: capnp 0.9.2 no longer reads them as struct lists, and neither do we.)
   */
  @Test
  void primitiveEncodedStructListsReadAsStructLists() {
    ByteBuffer m = ByteBuffer.allocate(8 * 32).order(ByteOrder.LITTLE_ENDIAN);
    m.putInt(0).putInt(0); // segment table, size patched below
    int seg = m.position();
    // Root: struct pointer, 0 data words, 10 pointers, at word 1.
    m.putLong(structPtr(0, 0, 10));
    int ptrs = m.position();
    for (int i = 0; i < 10; i++) {
      m.putLong(0);
    }
    int list8 = listAt(m, ptrs, 2, 2, 2);
    m.put(list8, (byte) 123).put(list8 + 1, (byte) 45);
    m.position(list8 + 8);
    int list16 = listAt(m, ptrs, 3, 3, 2);
    m.putShort(list16, (short) 12345).putShort(list16 + 2, (short) 6789);
    m.position(list16 + 8);
    int list32 = listAt(m, ptrs, 4, 4, 2);
    m.putInt(list32, 123456789).putInt(list32 + 4, 234567890);
    m.position(list32 + 8);
    int list64 = listAt(m, ptrs, 5, 5, 2);
    m.putLong(list64, 1234567890123456L).putLong(list64 + 8, 2345678901234567L);
    m.position(list64 + 16);
    int listP = listAt(m, ptrs, 6, 6, 2);
    m.position(listP + 16);
    int foo = m.position();
    m.put("foo\0\0\0\0\0".getBytes(StandardCharsets.US_ASCII));
    int bar = m.position();
    m.put("bar\0\0\0\0\0".getBytes(StandardCharsets.US_ASCII));
    m.putLong(listP, listPtr((foo - listP - 8) >> 3, 2, 4));
    m.putLong(listP + 8, listPtr((bar - listP - 16) >> 3, 2, 4));
    // list0: a void list needs no content; point it at the end.
    m.putLong(ptrs, listPtr((m.position() - ptrs - 8) >> 3, 0, 2));
    m.putInt(4, (m.position() - seg) >> 3);
    m.flip();

    TestLists.Reader r = read(m);
    assertEquals(
        "(list0 = [(f = void), (f = void)], "
            + "list8 = [(f = 123), (f = 45)], list16 = [(f = 12345), (f = 6789)], "
            + "list32 = [(f = 123456789), (f = 234567890)], list64 = [(f = 1234567890123456), (f = 2345678901234567)], "
            + "listP = [(f = \"foo\"), (f = \"bar\")])",
        r.toString());
    if (CapnpTool.present()) {
      byte[] framed = new byte[m.limit()];
      m.get(0, framed);
      assertEquals(r.toString() + "\n", CapnpTool.require().decode("TestLists", framed, true));
    }
  }

  @Test
  void committedExpectationMatchesCapnp() throws IOException {
    CapnpTool capnp = CapnpTool.require();
    String theirs = capnp.decode("TestLists", Official.bytes("lists.binary"), true);
    if (Boolean.getBoolean("rast.golden.update")) {
      Files.writeString(Official.resourceDir().resolve(EXPECTED), theirs);
      return;
    }
    assertEquals(theirs, expected(), "regenerate " + EXPECTED + " with -Drast.golden.update=true");
  }

  private static String expected() {
    return new String(Official.resource(EXPECTED), StandardCharsets.UTF_8);
  }

  private static TestLists.Reader read(ByteBuffer framed) {
    return Framing.read(framed, new MessageReader()).getRoot(new TestLists.Reader());
  }

  /** Writes pointer {@code index} of the section at {@code ptrs} to a list at the current position. */
  private static int listAt(ByteBuffer m, int ptrs, int index, int elementSize, int count) {
    int at = m.position();
    int slot = ptrs + index * 8;
    m.putLong(slot, listPtr((at - slot - 8) >> 3, elementSize, count));
    return at;
  }

  private static long structPtr(int offset, int data, int pointers) {
    return ((long) (offset << 2) & 0xFFFFFFFFL) | ((long) data << 32) | ((long) pointers << 48);
  }

  private static long listPtr(int offset, int elementSize, int count) {
    return (((long) (offset << 2) | 1) & 0xFFFFFFFFL)
        | ((long) elementSize << 32)
        | ((long) count << 35);
  }
}
