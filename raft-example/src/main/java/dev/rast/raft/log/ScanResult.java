package dev.rast.raft.log;

/**
 * What a {@link LogScanner} found.
 *
 * @param kind how the scanned bytes end
 * @param offset {@link Kind#CLEAN}: where the records end (the first padding byte, or the end of
 *     the buffer); {@link Kind#TORN}: where the torn tail starts (the valid records end);
 *     {@link Kind#CORRUPT}: the offset of the damaged bytes
 * @param records valid records before {@code offset}
 * @param reason what was wrong at {@code offset} (empty when clean)
 */
public record ScanResult(Kind kind, int offset, int records, String reason) {
  /** How scanned bytes end. */
  public enum Kind {
    /** The records end at the end of the bytes or at zero padding. */
    CLEAN,
    /** The last record is incomplete or fails its checksum, and nothing valid follows it. */
    TORN,
    /** A record before the tail is damaged: the log cannot be used as it is. */
    CORRUPT
  }

  static ScanResult clean(int offset, int records) {
    return new ScanResult(Kind.CLEAN, offset, records, "");
  }

  static ScanResult torn(int offset, int records, String reason) {
    return new ScanResult(Kind.TORN, offset, records, reason);
  }

  static ScanResult corrupt(int offset, int records, String reason) {
    return new ScanResult(Kind.CORRUPT, offset, records, reason);
  }
}
