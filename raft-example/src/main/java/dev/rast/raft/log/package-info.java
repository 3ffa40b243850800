/**
 * The durable write-ahead log of a Raft node: the core's records in segment files, the hard state
 * beside them, group commit and crash recovery.
 *
 * <p><b>Format.</b> Disk format == wire format: a segment is a versioned header followed by
 * records exactly as {@code AppendEntries.records} carries them ({@code length:u32le entry crc:u32le},
 * CRC32C; see {@link dev.rast.raft.log.LogFormat} and {@code dev.rast.raft.core.Records}). A
 * follower appends the bytes it received without decoding them; a leader catching a follower up
 * sends stored bytes with {@link dev.rast.raft.log.SegmentedLog#read} or {@link
 * dev.rast.raft.log.SegmentedLog#transferTo} ({@code FileChannel.transferTo}). Segment names carry
 * their range ({@code log_inprogress_<start>}, {@code log_<start>-<end>}, {@link
 * dev.rast.raft.log.SegmentName}).
 *
 * <p><b>Using it from a node</b> (one node thread, one sync thread):
 *
 * <ol>
 *   <li>{@code SegmentedLog.open(dir, options)} recovers; {@code replay((index, term, buf, off,
 *       len) -> raft.restoreRecord(buf, off, off + len))} and {@code hardState()} restore the core.
 *   <li>For every Ready: {@code long seq = log.persist(ready, raft.log())}, then {@code
 *       syncer.request()}. Send the messages that need not wait; hold those marked {@code
 *       afterPersist} under {@code seq}.
 *   <li>When the {@link dev.rast.raft.log.Syncer} reports {@code durable(seq, index, term)} (on its
 *       thread; pass it to the node thread): {@code raft.persisted(index, term)} and send the
 *       messages held under any sequence number {@code <= seq}.
 * </ol>
 *
 * The node thread never waits for an fsync except when a segment is rolled or a suffix is
 * truncated; see {@link dev.rast.raft.log.SegmentedLog} for the threading in full.
 *
 * <p><b>Recovery</b> ({@code Recovery}, run by {@code open}) first checks everything, then repairs
 * what a crash leaves — a torn last record is truncated with a log line — and refuses anything a
 * crash cannot explain with a {@link dev.rast.raft.log.CorruptLogException} naming the file and
 * offset: a damaged record before the tail, a missing segment, a hard state the log contradicts.
 * It never silently drops or invents records. Scanning is a pure function ({@link
 * dev.rast.raft.log.LogScanner}).
 *
 * <p><b>Limits.</b> Until snapshots land the log grows without bound (and a restart reads all of
 * it into memory, since the core keeps every record); only a conflicting suffix is ever removed.
 * An fsync failure is final: the log refuses further use and the node must stop.
 */
package dev.rast.raft.log;
