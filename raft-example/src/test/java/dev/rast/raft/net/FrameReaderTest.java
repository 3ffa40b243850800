package dev.rast.raft.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ReadableByteChannel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class FrameReaderTest {
  /** A channel that hands out what was fed to it, then 0 (no data yet), never end of stream. */
  private static final class FedChannel implements ReadableByteChannel {
    private ByteBuffer pending = ByteBuffer.allocate(0);

    void feed(byte[] bytes) {
      ByteBuffer b = ByteBuffer.allocate(pending.remaining() + bytes.length);
      b.put(pending).put(bytes).flip();
      pending = b;
    }

    @Override
    public int read(ByteBuffer dst) {
      int n = Math.min(dst.remaining(), pending.remaining());
      for (int i = 0; i < n; i++) {
        dst.put(pending.get());
      }
      return n;
    }

    @Override
    public boolean isOpen() {
      return true;
    }

    @Override
    public void close() {}
  }

  private static byte[] frame(byte[] payload) {
    ByteBuffer b = ByteBuffer.allocate(4 + payload.length).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(payload.length).put(payload);
    return b.array();
  }

  private static byte[] payload(int length, int seed) {
    byte[] p = new byte[length];
    for (int i = 0; i < length; i++) {
      p[i] = (byte) (seed + i);
    }
    return p;
  }

  /** Collects every frame's payload. */
  private static class Collect implements FrameReader.Handler {
    final List<byte[]> frames = new ArrayList<>();

    @Override
    public boolean onFrame(ByteBuffer buf, int start, int end) {
      byte[] p = new byte[end - start];
      buf.get(start, p);
      frames.add(p);
      return false;
    }
  }

  @Test
  void aHandlerThatClosesTheReaderEndsTheReadWithoutTouchingTheDroppedChunk() throws Exception {
    // The regression: a client frame that does not decode closes its connection (and reader) from
    // inside onFrame; the reader then dereferenced its dropped chunk and the node died of an NPE.
    InboundBudget budget = new InboundBudget(1 << 20);
    FrameReader reader = new FrameReader(64, 4096, 1 << 20, budget);
    FedChannel ch = new FedChannel();
    ch.feed(frame(payload(10, 1)));
    ch.feed(frame(payload(10, 2)));
    List<byte[]> seen = new ArrayList<>();
    FrameReader.Handler closing = (buf, start, end) -> {
      seen.add(new byte[end - start]);
      reader.close();
      return false;
    };
    assertFalse(reader.read(ch, closing), "a closed reader reports the end of its stream");
    assertEquals(1, seen.size(), "no frame is delivered after the close");
    assertEquals(0, budget.used(), "the chunk's reservation went back to the budget");
    assertFalse(reader.read(ch, closing), "and it reads nothing more");
    assertEquals(0, budget.used(), "nor reserves anything");
  }

  @Test
  void memoryFollowsTheBytesReceivedNotTheAnnouncedLength() throws Exception {
    InboundBudget budget = new InboundBudget(64 << 20);
    FrameReader reader = new FrameReader(4096, 64 << 10, 32 << 20, budget);
    FedChannel ch = new FedChannel();
    ByteBuffer header = ByteBuffer.allocate(5).order(ByteOrder.LITTLE_ENDIAN);
    header.putInt(16 << 20).put((byte) 7);
    ch.feed(header.array());
    Collect c = new Collect();
    assertTrue(reader.read(ch, c));
    assertEquals(4096, reader.bufferBytes(), "16 MiB announced, 5 bytes received");
    assertEquals(4096, budget.used());
    assertTrue(c.frames.isEmpty());
  }

  @Test
  void aLargeFrameArrivingInPiecesIsDeliveredWholeAndItsBufferDroppedAfter() throws Exception {
    InboundBudget budget = new InboundBudget(8 << 20);
    FrameReader reader = new FrameReader(4096, 64 << 10, 4 << 20, budget);
    FedChannel ch = new FedChannel();
    byte[] big = payload(1 << 20, 3);
    byte[] all = frame(big);
    Collect c = new Collect();
    int maxBuffer = 0;
    for (int off = 0; off < all.length; off += 100_000) {
      byte[] piece = new byte[Math.min(100_000, all.length - off)];
      System.arraycopy(all, off, piece, 0, piece.length);
      ch.feed(piece);
      while (ch.pending.hasRemaining()) {
        assertTrue(reader.read(ch, c));
      }
      maxBuffer = Math.max(maxBuffer, reader.bufferBytes());
      assertTrue(
          reader.bufferBytes() <= 3L * (off + piece.length) + 4096, // doubles when 3/4 full
          "buffer " + reader.bufferBytes() + " after " + (off + piece.length) + " bytes");
    }
    assertEquals(1, c.frames.size());
    assertArrayEquals(big, c.frames.get(0));
    assertTrue(maxBuffer >= big.length, "the frame was held whole");
    ch.feed(frame(payload(10, 4)));
    assertTrue(reader.read(ch, c));
    assertEquals(2, c.frames.size());
    assertTrue(reader.bufferBytes() <= 64 << 10, "the large buffer was dropped once empty");
    assertEquals(reader.bufferBytes(), budget.used());
  }

  @Test
  void aSpentBudgetFailsTheReadAndAnOversizedFrameIsSkippedWhenTheHandlerAnswersIt()
      throws Exception {
    InboundBudget budget = new InboundBudget(4096);
    FrameReader first = new FrameReader(4096, 4096, 1 << 20, budget);
    FrameReader second = new FrameReader(4096, 4096, 1 << 20, budget);
    FedChannel a = new FedChannel();
    a.feed(frame(payload(10, 5)));
    Collect c = new Collect();
    assertTrue(first.read(a, c));
    FedChannel b = new FedChannel();
    b.feed(frame(payload(10, 6)));
    assertThrows(ProtocolException.class, () -> second.read(b, c));
    first.close();
    assertEquals(0, budget.used());

    FrameReader skipping = new FrameReader(64, 4096, 100, new InboundBudget(1 << 20));
    FedChannel s = new FedChannel();
    s.feed(frame(payload(1000, 7)));
    s.feed(frame(payload(20, 8)));
    int[] oversized = new int[1];
    Collect kept = new Collect() {
      @Override
      public boolean onOversized(int length) {
        oversized[0] = length;
        return true;
      }
    };
    while (s.pending.hasRemaining()) {
      assertTrue(skipping.read(s, kept));
    }
    assertEquals(1000, oversized[0]);
    assertEquals(1, kept.frames.size());
    assertArrayEquals(payload(20, 8), kept.frames.get(0));
  }
}
