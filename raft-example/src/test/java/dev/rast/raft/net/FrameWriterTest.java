package dev.rast.raft.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Pipe;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The frame writer shared by peer links and client connections: bounds, framing, OP_WRITE. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class FrameWriterTest {
  private static ByteBuffer bytes(int n, int fill) {
    ByteBuffer b = ByteBuffer.allocate(n);
    for (int i = 0; i < n; i++) {
      b.put(i, (byte) (fill + i));
    }
    return b;
  }

  @Test
  void queuesUpToTheBoundAndAdmitsOneLargerMessageIntoAnEmptyQueue() {
    FrameWriter w = new FrameWriter(16, 100, 100);
    assertEquals(0, w.queuedBytes());
    assertTrue(w.write(bytes(40, 0), 0, 40)); // 44 queued
    assertTrue(w.write(bytes(40, 0), 0, 40)); // 88 queued
    assertFalse(w.write(bytes(10, 0), 0, 10), "98 + ... would pass the bound of 100");
    assertEquals(88, w.queuedBytes());
    w.clear();
    assertTrue(w.write(bytes(500, 0), 0, 500), "an empty queue takes one message of any size");
    assertEquals(504, w.queuedBytes());
    assertFalse(w.write(bytes(1, 0), 0, 1));
  }

  @Test
  void flushWritesLengthFramedBytesAndAsksForOpWriteOnlyWhileBytesRemain() throws Exception {
    Pipe pipe = Pipe.open();
    try (Selector selector = Selector.open()) {
      pipe.sink().configureBlocking(false);
      pipe.source().configureBlocking(false);
      SelectionKey key = pipe.sink().register(selector, 0);
      FrameWriter w = new FrameWriter(16, 4 << 20, 1 << 10);
      // More than a pipe takes at once: the writer must keep the rest and ask for OP_WRITE.
      int n = 1 << 20;
      assertTrue(w.write(bytes(n, 7), 0, n));
      w.flush(pipe.sink(), key);
      assertTrue(w.queuedBytes() > 0, "a pipe does not take a MiB at once");
      assertEquals(SelectionKey.OP_WRITE, key.interestOps());
      ByteBuffer got = ByteBuffer.allocate(4 + n).order(ByteOrder.LITTLE_ENDIAN);
      while (got.hasRemaining()) {
        pipe.source().read(got);
        w.flush(pipe.sink(), key);
      }
      assertEquals(0, w.queuedBytes());
      assertEquals(0, key.interestOps(), "nothing left: no OP_WRITE");
      assertEquals(n, got.getInt(0));
      for (int i = 0; i < n; i += 4099) {
        assertEquals((byte) (7 + i), got.get(4 + i), "byte " + i);
      }
    } finally {
      pipe.sink().close();
      pipe.source().close();
    }
  }
}
