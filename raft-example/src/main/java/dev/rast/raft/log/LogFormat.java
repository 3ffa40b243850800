package dev.rast.raft.log;

import dev.rast.raft.core.Records;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Every constant of the on-disk format, in one place.
 *
 * <p>A segment file is a header followed by records and, in the open segment, zero padding:
 *
 * <pre>
 *   segment := header record* zero*
 *   header  := magic:u8[8]="RASTWAL\0"  version:u32le=1  flags:u32le=0  startIndex:u64le
 *   record  := length:u32le  entry:bytes[length]  crc:u32le          (see {@link Records})
 * </pre>
 *
 * The header is {@value #HEADER_BYTES} bytes, so records start 8-byte aligned and stay so (a
 * record's length is a multiple of 8). {@code startIndex} repeats the index in the file name, so a
 * file renamed by hand is caught. The open segment is preallocated with zeros; a zero length word
 * is the terminator (a real record has {@code length >= 8}), and everything after it must be zero.
 * A record is exactly the bytes of {@code AppendEntries.records}: disk format == wire format.
 *
 * <p>The hard state file is written whole, to a temporary file that is then renamed over it:
 *
 * <pre>
 *   hardstate := magic:u8[8]="RASTHST\0"  version:u32le=1  flags:u32le=0  record
 * </pre>
 *
 * where the record's entry is one framed {@code HardState} message instead of an {@code Entry}.
 *
 * <p>File names: the open segment is {@code log_inprogress_<start>}, a closed one
 * {@code log_<start>-<end>} (inclusive, decimal); see {@link SegmentName}.
 */
public final class LogFormat {
  private LogFormat() {}

  /** Format version written into every header; a reader refuses any other. */
  public static final int VERSION = 1;
  /** The first 8 bytes of a segment file. */
  public static final long SEGMENT_MAGIC = magic("RASTWAL\0");
  /** The first 8 bytes of the hard state file. */
  public static final long HARD_STATE_MAGIC = magic("RASTHST\0");
  /** Bytes of a segment header: magic, version, flags, start index. */
  public static final int HEADER_BYTES = 24;
  /** Bytes of the hard state file's header (its record follows). */
  public static final int HARD_STATE_HEADER_BYTES = 16;
  /** Offset of the version field in either header. */
  public static final int VERSION_OFFSET = 8;
  /** Offset of the flags field in either header (must be zero in version 1). */
  public static final int FLAGS_OFFSET = 12;
  /** Offset of the start index in a segment header. */
  public static final int START_INDEX_OFFSET = 16;

  /** Bytes of a record besides its entry: the length prefix and the CRC suffix. */
  public static final int RECORD_OVERHEAD = Records.OVERHEAD;
  /** The largest entry a record may hold; a larger length is corruption. */
  public static final int MAX_ENTRY_BYTES = Records.MAX_ENTRY_BYTES;
  /** Records and the header keep this alignment. */
  public static final int ALIGNMENT = 8;
  /** The byte the open segment is padded with; a zero length word ends the records. */
  public static final byte PADDING = 0;

  /** Name prefix of the open segment. */
  public static final String INPROGRESS_PREFIX = "log_inprogress_";
  /** Name prefix of a closed segment. */
  public static final String CLOSED_PREFIX = "log_";
  /** Name of the hard state file. */
  public static final String HARD_STATE_FILE = "hardstate";
  /** Name of the hard state's temporary file (renamed over {@link #HARD_STATE_FILE}). */
  public static final String HARD_STATE_TEMP_FILE = "hardstate.tmp";
  /** Name of the file locked while a process has the log open. */
  public static final String LOCK_FILE = "lock";
  /**
   * Name of the spare segment file: zeros made ready in the background for the next roll (see
   * {@code SegmentedLog}); deleted at recovery if a crash left it.
   */
  public static final String SPARE_FILE = "segment.spare";
  /**
   * Suffix a compacted segment's name gets before it is shrunk and deleted (see {@code
   * GradualDelete}); such a file is no longer part of the log, and recovery deletes a leftover.
   */
  public static final String DELETING_SUFFIX = ".deleting";

  /** Writes a segment header for {@code startIndex} at {@code at} (absolute, little-endian). */
  public static void putSegmentHeader(ByteBuffer dst, int at, long startIndex) {
    ByteBuffer b = dst.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    b.putLong(at, SEGMENT_MAGIC);
    b.putInt(at + VERSION_OFFSET, VERSION);
    b.putInt(at + FLAGS_OFFSET, 0);
    b.putLong(at + START_INDEX_OFFSET, startIndex);
  }

  /**
   * Header flag of a spare segment's placeholder header (start index 0), written and forced when
   * the spare is made. A roll overwrites it with the real header, which reaches the disk only with
   * the new segment's first sync, together with its first records. So a placeholder found at
   * recovery means that sync never finished, and none of the records after it was acknowledged:
   * recovery treats it as a torn header (the segment is emptied), where an all-zero header before
   * valid records is refused as damage.
   */
  public static final int FLAG_SPARE = 1;

  /** Writes a spare segment's placeholder header (see {@link #FLAG_SPARE}) at {@code at}. */
  public static void putSpareHeader(ByteBuffer dst, int at) {
    putSegmentHeader(dst, at, 0);
    dst.duplicate().order(ByteOrder.LITTLE_ENDIAN).putInt(at + FLAGS_OFFSET, FLAG_SPARE);
  }

  private static long magic(String s) {
    long v = 0;
    for (int i = 7; i >= 0; i--) {
      v = (v << 8) | (s.charAt(i) & 0xff);
    }
    return v; // read little-endian, the bytes appear in string order
  }
}
