package dev.rast.raft.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link LogScanner}: clean end, torn tail and corruption, as a pure function over bytes. */
class LogScanTest {
  private static final int H = LogFormat.HEADER_BYTES;

  /** A segment image: header for start 1, records 1..n of 40-byte payloads, then {@code pad} zeros. */
  private static ByteBuffer segment(int n, int pad) {
    List<byte[]> recs = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      recs.add(TestLogs.record(1, i, 40));
    }
    byte[] body = TestLogs.concat(recs);
    ByteBuffer b = ByteBuffer.allocate(H + body.length + pad).order(ByteOrder.LITTLE_ENDIAN);
    LogFormat.putSegmentHeader(b, 0, 1);
    b.put(H, body);
    return b;
  }

  private static int recordLength() {
    return TestLogs.record(1, 1, 40).length;
  }

  private static ScanResult scan(ByteBuffer b) {
    return LogScanner.scan(b, H, b.capacity(), null);
  }

  @Test
  void recordsToTheEndAreACleanEnd() {
    ByteBuffer b = segment(3, 0);
    assertEquals(ScanResult.clean(b.capacity(), 3), scan(b));
  }

  @Test
  void zeroPaddingIsACleanEnd() {
    ByteBuffer b = segment(3, 4096);
    assertEquals(ScanResult.clean(H + 3 * recordLength(), 3), scan(b));
  }

  @Test
  void emptySegmentIsClean() {
    assertEquals(ScanResult.clean(H, 0), scan(segment(0, 100)));
    assertEquals(ScanResult.clean(H, 0), scan(segment(0, 0)));
  }

  @Test
  void partialLastRecordIsATornTail() {
    ByteBuffer full = segment(3, 0);
    int cut = H + 2 * recordLength() + recordLength() / 2;
    ByteBuffer b = ByteBuffer.allocate(cut).put(0, full, 0, cut);
    ScanResult r = scan(b);
    assertEquals(ScanResult.Kind.TORN, r.kind());
    assertEquals(H + 2 * recordLength(), r.offset());
    assertEquals(2, r.records());
  }

  @Test
  void partialLastRecordFollowedByZerosIsATornTail() {
    ByteBuffer b = segment(3, 512);
    int last = H + 2 * recordLength();
    for (int i = last + recordLength() / 2; i < last + recordLength(); i++) {
      b.put(i, (byte) 0);
    }
    ScanResult r = scan(b);
    assertEquals(ScanResult.Kind.TORN, r.kind());
    assertEquals(last, r.offset());
  }

  @Test
  void badChecksumOfTheLastRecordIsATornTail() {
    ByteBuffer b = segment(3, 0);
    int last = H + 2 * recordLength();
    b.put(last + 30, (byte) (b.get(last + 30) ^ 1));
    ScanResult r = scan(b);
    assertEquals(ScanResult.Kind.TORN, r.kind());
    assertEquals(last, r.offset());
  }

  @Test
  void lengthWordCutShortIsATornTail() {
    ByteBuffer full = segment(2, 0);
    int cut = H + recordLength() + 2;
    ScanResult r = scan(ByteBuffer.allocate(cut).put(0, full, 0, cut));
    assertEquals(ScanResult.Kind.TORN, r.kind());
    assertEquals(H + recordLength(), r.offset());
  }

  @Test
  void badChecksumBeforeAValidRecordIsCorruption() {
    ByteBuffer b = segment(5, 64);
    int second = H + recordLength();
    b.put(second + 20, (byte) (b.get(second + 20) ^ 0x40));
    ScanResult r = scan(b);
    assertEquals(ScanResult.Kind.CORRUPT, r.kind());
    assertEquals(second, r.offset());
    assertEquals(1, r.records());
  }

  @Test
  void badLengthBeforeAValidRecordIsCorruption() {
    ByteBuffer b = segment(4, 0);
    int third = H + 2 * recordLength();
    b.putInt(third, 0x7fff_fff8);
    ScanResult r = scan(b);
    assertEquals(ScanResult.Kind.CORRUPT, r.kind());
    assertEquals(third, r.offset());
  }

  @Test
  void zeroedRecordBeforeAValidRecordIsCorruption() {
    ByteBuffer b = segment(4, 0);
    int second = H + recordLength();
    for (int i = 0; i < recordLength(); i++) {
      b.put(second + i, (byte) 0);
    }
    ScanResult r = scan(b);
    assertEquals(ScanResult.Kind.CORRUPT, r.kind());
    assertEquals(second, r.offset());
  }

  @Test
  void garbageAfterTheTerminatorIsATornTail() {
    ByteBuffer b = segment(2, 64);
    b.put(b.capacity() - 5, (byte) 7);
    ScanResult r = scan(b);
    assertEquals(ScanResult.Kind.TORN, r.kind());
    assertEquals(H + 2 * recordLength(), r.offset());
  }

  @Test
  void visitorSeesEveryRecordInOrderAndTheBufferIsUnchanged() {
    ByteBuffer b = segment(4, 16);
    b.position(7).limit(50);
    List<int[]> seen = new ArrayList<>();
    LogScanner.scan(b, H, b.capacity(), (offset, length) -> seen.add(new int[] {offset, length}));
    assertEquals(4, seen.size());
    for (int i = 0; i < 4; i++) {
      assertEquals(H + i * recordLength(), seen.get(i)[0]);
      assertEquals(recordLength(), seen.get(i)[1]);
    }
    assertEquals(7, b.position());
    assertEquals(50, b.limit());
  }

  @Test
  void headerChecks() {
    ByteBuffer b = segment(1, 0);
    assertEquals(ScanResult.clean(H, 0), LogScanner.checkHeader(b, b.capacity(), 1));
    assertEquals(
        ScanResult.Kind.CORRUPT, LogScanner.checkHeader(b, b.capacity(), 2).kind());
    assertEquals(
        LogFormat.START_INDEX_OFFSET, LogScanner.checkHeader(b, b.capacity(), 2).offset());

    ByteBuffer version = segment(1, 0);
    version.putInt(LogFormat.VERSION_OFFSET, 2);
    ScanResult v = LogScanner.checkHeader(version, version.capacity(), 1);
    assertEquals(ScanResult.Kind.CORRUPT, v.kind());
    assertEquals(LogFormat.VERSION_OFFSET, v.offset());

    ByteBuffer magic = segment(1, 0);
    magic.put(0, (byte) 'X');
    assertEquals(
        ScanResult.corrupt(0, 0, "bad magic " + Long.toHexString(magic.getLong(0))),
        LogScanner.checkHeader(magic, magic.capacity(), 1));
  }

  @Test
  void shortOrZeroedHeaderIsTornUnlessRecordsFollow() {
    ByteBuffer b = segment(2, 0);
    assertEquals(ScanResult.Kind.TORN, LogScanner.checkHeader(b, 10, 1).kind());
    assertEquals(
        ScanResult.Kind.TORN,
        LogScanner.checkHeader(ByteBuffer.allocate(4096), 4096, 1).kind());
    for (int i = 0; i < H; i++) {
      b.put(i, (byte) 0);
    }
    assertEquals(
        ScanResult.Kind.CORRUPT, LogScanner.checkHeader(b, b.capacity(), 1).kind());
  }

  /** A spare's placeholder header is a torn header even with records after it; other flags are not. */
  @Test
  void aSparePlaceholderHeaderIsTornEvenBeforeRecords() {
    ByteBuffer b = segment(2, 0);
    LogFormat.putSpareHeader(b, 0);
    assertEquals(
        ScanResult.Kind.TORN, LogScanner.checkHeader(b, b.capacity(), 1).kind());
    b.putInt(LogFormat.FLAGS_OFFSET, 2);
    assertEquals(
        ScanResult.Kind.CORRUPT, LogScanner.checkHeader(b, b.capacity(), 1).kind());
    LogFormat.putSpareHeader(b, 0);
    b.putLong(LogFormat.START_INDEX_OFFSET, 1);
    assertEquals(
        ScanResult.Kind.CORRUPT,
        LogScanner.checkHeader(b, b.capacity(), 1).kind(),
        "the spare flag with a start index is no placeholder");
  }
}
