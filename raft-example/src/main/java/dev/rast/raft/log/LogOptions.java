package dev.rast.raft.log;

/**
 * Settings of a {@link SegmentedLog}. Immutable; sizes in bytes.
 *
 * @param segmentBytes a segment is closed and a new one opened when the next record would take it
 *     past this size (a record larger than this gets a segment of its own)
 * @param preallocateBytes the open segment's file is extended with zeros this many bytes at a
 *     time, ahead of the records, so a sync writes data blocks and not the file size (0: no
 *     preallocation, the file grows with every write)
 * @param writeBufferBytes appends are copied into a buffer of this size and written to the file on
 *     {@code flush()} or when it is full (a larger record is written straight from its buffer)
 * @param syncCommitOnly whether a hard state that changed only in its commit index is written at
 *     the next sync. {@code false} (the default) saves the two extra fsyncs of an atomic hard
 *     state write (temporary file, directory) on most syncs of a busy leader (see LOG.md); the
 *     newest commit index is then written with the next term or vote change, at the first sync
 *     {@code commitLagMillis} after the last hard state write (the sync thread makes one itself
 *     when none comes), and on {@code close()}. {@code true} writes every change
 * @param commitLagMillis how far, in time, the stored commit index may lag the one staged: recovery
 *     refuses to truncate records at or below the stored commit index (they were committed), so
 *     this bounds the committed records a crash-time truncation could silently drop
 * @param initialIndexCapacity index slots reserved up front (they grow by doubling)
 * @param fsync whether a sync forces the open segment ({@code false}: a sync only publishes what
 *     was written to the page cache, so a machine crash may lose acknowledged records; for
 *     experiments only. Rolling, truncation and hard state writes still force)
 */
public record LogOptions(
    int segmentBytes,
    int preallocateBytes,
    int writeBufferBytes,
    boolean syncCommitOnly,
    int initialIndexCapacity,
    boolean fsync,
    int commitLagMillis) {

  /**
   * 64 MiB segments, 4 MiB preallocation, a 1 MiB write buffer, commit-only hard state changes
   * written at most every 100 ms, fsync on.
   */
  public static final LogOptions DEFAULT =
      new LogOptions(64 << 20, 4 << 20, 1 << 20, false, 1024, true, 100);

  public LogOptions {
    if (segmentBytes < LogFormat.HEADER_BYTES + 64 || segmentBytes > (1 << 30)) {
      throw new IllegalArgumentException("segmentBytes must be in [" + (LogFormat.HEADER_BYTES + 64)
          + ", 1 GiB]: " + segmentBytes);
    }
    if (preallocateBytes < 0 || preallocateBytes > (1 << 30)) {
      throw new IllegalArgumentException(
          "preallocateBytes must be in [0, 1 GiB]: " + preallocateBytes);
    }
    if (writeBufferBytes < 4096 || writeBufferBytes > (1 << 30)) {
      throw new IllegalArgumentException(
          "writeBufferBytes must be in [4096, 1 GiB]: " + writeBufferBytes);
    }
    if (commitLagMillis < 0) {
      throw new IllegalArgumentException("commitLagMillis must be >= 0: " + commitLagMillis);
    }
    if (initialIndexCapacity < 0) {
      throw new IllegalArgumentException(
          "initialIndexCapacity must be >= 0: " + initialIndexCapacity);
    }
  }

  /** A copy with another segment size. */
  public LogOptions withSegmentBytes(int bytes) {
    return new LogOptions(
        bytes,
        preallocateBytes,
        writeBufferBytes,
        syncCommitOnly,
        initialIndexCapacity,
        fsync,
        commitLagMillis);
  }

  /** A copy with another preallocation step (0: none). */
  public LogOptions withPreallocateBytes(int bytes) {
    return new LogOptions(
        segmentBytes,
        bytes,
        writeBufferBytes,
        syncCommitOnly,
        initialIndexCapacity,
        fsync,
        commitLagMillis);
  }

  /** A copy with another write buffer size. */
  public LogOptions withWriteBufferBytes(int bytes) {
    return new LogOptions(
        segmentBytes,
        preallocateBytes,
        bytes,
        syncCommitOnly,
        initialIndexCapacity,
        fsync,
        commitLagMillis);
  }

  /** A copy that does (true) or does not (false) sync a hard state whose commit index alone changed. */
  public LogOptions withSyncCommitOnly(boolean sync) {
    return new LogOptions(
        segmentBytes,
        preallocateBytes,
        writeBufferBytes,
        sync,
        initialIndexCapacity,
        fsync,
        commitLagMillis);
  }

  /** A copy with another initial index capacity (a node sizes it to the log it expects). */
  public LogOptions withInitialIndexCapacity(int slots) {
    return new LogOptions(
        segmentBytes,
        preallocateBytes,
        writeBufferBytes,
        syncCommitOnly,
        slots,
        fsync,
        commitLagMillis);
  }

  /** A copy that does (true) or does not (false, unsafe) force the segment on each sync. */
  public LogOptions withFsync(boolean on) {
    return new LogOptions(
        segmentBytes,
        preallocateBytes,
        writeBufferBytes,
        syncCommitOnly,
        initialIndexCapacity,
        on,
        commitLagMillis);
  }

  /** A copy whose stored commit index lags the staged one by at most {@code millis} (see the record's doc). */
  public LogOptions withCommitLagMillis(int millis) {
    return new LogOptions(
        segmentBytes,
        preallocateBytes,
        writeBufferBytes,
        syncCommitOnly,
        initialIndexCapacity,
        fsync,
        millis);
  }
}
