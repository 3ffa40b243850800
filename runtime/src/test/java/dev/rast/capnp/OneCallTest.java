package dev.rast.capnp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rast.capnp.Structs.B;
import dev.rast.capnp.Structs.R;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** The one-call conveniences: a message to a byte array, and a root out of bytes. */
class OneCallTest {
  private static MessageBuilder message(int segmentWords) {
    MessageBuilder m = new MessageBuilder(segmentWords, MessageBuilder.Growth.FIXED_SIZE, false);
    B root = m.initRoot(new StructSize(1, 2), new B());
    root.setU64(0, 42);
    root.text(0, "Alice");
    root.data(1, new byte[100]);
    return m;
  }

  @Test
  void toByteArrayIsWhatWriteWrites() {
    for (int words : new int[] {1024, 4}) { // one segment, then several
      MessageBuilder m = message(words);
      ByteBuffer expected = ByteBuffer.allocate((int) Framing.serializedSize(m));
      Framing.write(m, expected);
      assertArrayEquals(expected.array(), Framing.toByteArray(m), words + "-word segments");
    }
  }

  @Test
  void readRootFromBytesAndFromABuffer() {
    byte[] bytes = Framing.toByteArray(message(4));
    R fromBytes = Framing.readRoot(bytes, new R());
    assertEquals(42, fromBytes.u64(0));
    assertEquals("Alice", fromBytes.text(0).toString());

    ByteBuffer buffer = ByteBuffer.allocate(bytes.length + 3);
    buffer.position(3);
    buffer.put(bytes).position(3);
    R fromBuffer = Framing.readRoot(buffer, new R());
    assertEquals("Alice", fromBuffer.text(0).toString());
    assertEquals(3, buffer.position(), "the buffer's position is left as it was");
    assertEquals(ByteOrder.BIG_ENDIAN, buffer.order(), "and its byte order");
  }

  @Test
  void readRootOfGarbageIsADecodeException() {
    assertThrows(DecodeException.class, () -> Framing.readRoot(new byte[] {1, 2, 3}, new R()));
    assertThrows(DecodeException.class, () -> Framing.readRoot(new byte[16], new R()));
  }
}
