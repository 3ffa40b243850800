package dev.rast.raft.log;

import dev.rast.raft.core.RaftLog;
import dev.rast.raft.core.Ready;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The durable write-ahead log: records (see {@link LogFormat}) in segment files, plus the hard
 * state, in one directory.
 *
 * <p><b>Writing.</b> {@link #append} copies a record's bytes, exactly as received, into a write
 * buffer: it never decodes or re-encodes an entry (the caller, the Raft core, already checked the
 * record and knows its index and term). {@link #truncateFrom} discards a conflicting suffix and
 * {@link #setHardState} stages a new hard state. {@link #flush} writes what is buffered to the
 * page cache with positional writes and returns a <em>write sequence number</em> that covers every
 * write handed out so far. Nothing is durable until a sync: {@link #sync} on the calling thread, or
 * a {@link Syncer} on its own thread. A sync forces the open segment (one {@code fdatasync} for
 * every record flushed since the last one: group commit) and then, if it changed, writes the hard
 * state atomically — records before the hard state, as the core requires.
 *
 * <p><b>Threading.</b> One owner thread (the node's) calls every method, with one exception: the
 * sync ({@link #syncFlushed}), which a {@link Syncer} runs on its own thread while the owner goes
 * on appending and flushing. They share only the state published by {@code flush} (guarded by a
 * small monitor) and the force lock, which the syncing thread holds while it forces and the owner
 * takes only to truncate, restart or close (or to finish a roll's close itself when a second roll
 * comes before any sync), so the owner waits for an fsync in flight only then. Appends and flushes never wait for an fsync. Positional writes and {@code force} on one
 * {@link FileChannel} may run concurrently.
 *
 * <p><b>Preallocation.</b> The open segment is extended with zeros ahead of its records, so that a
 * sync writes data blocks and not the file's size. Written on the owner's thread 4 MiB at a time,
 * those zeros stalled the loop for 15-30 ms every few hundred milliseconds under load, and the
 * next fsync had to flush all 4 MiB of them. With a {@link Preallocator} attached, a background
 * thread keeps the segment {@link LogOptions#preallocateBytes} ahead of the records in chunks of
 * 256 KiB, each under the extend lock, so the next sync flushes at most one chunk of zeros besides
 * the records. (Forcing each chunk on the preallocator's thread instead made no measurable
 * difference and doubled the number of fsyncs.) The owner writes zeros itself only when its
 * records catch up (then just enough for the record), and when it rolls, truncates or restarts the
 * log, under the same lock; a new segment then gets one chunk, the preallocator adds the rest.
 *
 * <p><b>Rolling.</b> When the next record would take the open segment past {@link
 * LogOptions#segmentBytes}, the owner switches to a new segment without waiting for the disk: the
 * spare file the {@link Preallocator} made ready ({@link LogFormat#SPARE_FILE}) gets its header
 * and the name {@code log_inprogress_<start>}, and the old segment its closed name in memory. The
 * first sync after the roll forces the old segment's last records, then the new segment's, then
 * the directory, before it reports anything durable; after it, the preallocator's thread cuts the
 * old segment's padding and renames it {@code log_<start>-<end>} ({@link #closeRolled}): a closed
 * name always means a complete, durable file. At most the last two segments are open on disk, and
 * {@link Recovery} knows what a crash between the steps leaves. (The owner used to do all of this
 * itself: 3-4 journal commits on the loop thread per roll, on every node at the same index.)
 *
 * <p><b>Truncation</b> is crash-safe and synchronous (it is rare: a follower's conflicting
 * entries): later segments are deleted, last first, each followed by a directory fsync; the
 * segment holding the new end is renamed back to open if needed, cut to the new end and forced
 * before anything new is written over the old bytes. A crash at any point leaves a prefix of the
 * old log, never a mix of old and new records.
 *
 * <p><b>Growth.</b> The log is bounded by compaction: after a snapshot the node deletes the
 * segments it covers, minus a tail ({@link #compactBefore}); a restart reads the remaining
 * segments into memory. The core keeps only a window of recent records and reads older ones back
 * through {@code dev.rast.raft.loop.SegmentedStorage}.
 *
 * <p>Steady-state appends and flushes allocate nothing once the index arrays have grown to size.
 */
public final class SegmentedLog implements Closeable {
  private final Path dir;
  private final LogOptions options;
  private final FileChannel dirChannel;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final HardStateFile hardStateFile;
  private final LogIndex index;
  private final List<Segment> segments = new ArrayList<>();
  /**
   * Closed segments compaction took out of the log ({@link #detachBefore}) whose files are not yet
   * deleted, oldest first; guarded by itself (held only to add or take one, never during IO).
   */
  private final ArrayDeque<Segment> detached = new ArrayDeque<>();
  /** Held while deleting detached files, so deletions run one at a time, oldest first. */
  private final Object deleting = new Object();

  private final RangeReader reader;
  /** The open segment, always the last. */
  private Segment active;

  private final ByteBuffer writeBuffer;
  /** File offset in {@link #active} of {@code writeBuffer}'s first byte. */
  private long bufferAt;

  private final ByteBuffer zeros;
  /**
   * Held while the open segment is extended with zeros (by the owner or the {@link Preallocator}),
   * and by the owner while it replaces or cuts the open segment, so that zeros are only ever
   * written past the records, into the segment that is open. Never held while waiting for the
   * force lock's holder; the owner takes it before the force lock.
   */
  private final Object extendLock = new Object();
  /** The thread that preallocates ahead, or null: the owner then preallocates in line. */
  private volatile Preallocator preallocator;
  /**
   * The next segment's file, made ready by the {@link Preallocator} (see {@link #prepareSpare});
   * written under the extend lock, read without it by {@link #diskBytes}.
   */
  private volatile Segment spare;
  /** The preallocator's own zeros for the spare (its thread only). */
  private ByteBuffer spareZeros;
  /**
   * How far the owner wants the open segment preallocated: written by the owner, read by the
   * preallocator under the extend lock; reset under that lock when the open segment changes.
   */
  private volatile long wantAllocated;
  /** Zero bytes the preallocator wrote ahead of the owner (for tests and the status). */
  private volatile long preallocatedAhead;
  /** What the owner last asked the preallocator for (owner thread): asks again a chunk later. */
  private long askedAllocated;

  private final ByteBuffer header =
      ByteBuffer.allocate(LogFormat.HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
  /** Recovered segment contents, until {@link #replay} hands them over (or the log changes). */
  private Recovery recovered;

  private final StoredHardState recoveredHardState;

  // ---- owner thread ----
  private long seq;
  /**
   * Record bytes copied into the write buffer, written straight from heap / direct buffers
   * (volatile: any thread reads them; one owner writes).
   */
  private volatile long bytesCopied;

  private volatile long bytesFromHeap;
  private volatile long bytesFromDirect;
  /** Something was appended, truncated or staged since the last flush. */
  private boolean dirty;
  /** Records were appended since the last flush (a flush of a staged hard state alone needs no force). */
  private boolean appended;

  private boolean stagedHard;
  private long stagedTerm;
  private int stagedVote;
  private long stagedCommit;
  /** The highest commit index staged or recovered: truncation below it is refused. */
  private long highestCommit;

  private boolean closed;
  /** Set once the files are closed: a late sync must fail, not reopen them. */
  private volatile boolean shut;

  // ---- shared with the syncing thread ----
  private final ReentrantLock forceLock = new ReentrantLock();
  private final Object published = new Object();
  /** Guarded by {@link #published}: what flush has handed to the page cache. */
  private long flushedSeq;

  private long flushedIndex;
  private long flushedTerm;
  /** Records were flushed since the last sync took them: the next sync must force the segment. */
  private boolean recordsPending;
  /**
   * The open segment as the sync sees it (always {@link #active}, published with each change): what
   * a sync forces. Records flushed into a rolled segment are forced by its pending close.
   */
  private Segment syncSegment;
  /** A rolled segment the first sync since its roll has yet to see (see {@link #rollLocked}). */
  private Segment pendingClose;
  /**
   * The rolled segment whose close is not finished yet, or null: written under the extend lock,
   * read without it to see whether there is work (see {@link #closeRolled}).
   */
  private volatile Segment rolled;

  private boolean hardPending;
  private long hardTerm;
  private int hardVote;
  private long hardCommit;
  /** Guarded by {@link #forceLock}: the hard state on disk. */
  private long storedTerm;

  private int storedVote;
  /** When the hard state file was last written (System.nanoTime); read by the sync thread's timer. */
  private volatile long hardWrittenAt = System.nanoTime();

  private final long commitLagNanos;
  private volatile long durableSeq;
  private volatile long durableIndex;
  private volatile long fsyncs;
  private volatile IOException failure;

  private SegmentedLog(
      Path dir,
      LogOptions options,
      FileChannel dirChannel,
      FileChannel lockChannel,
      FileLock lock,
      Recovery r) {
    this.dir = dir;
    this.options = options;
    this.dirChannel = dirChannel;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.hardStateFile = new HardStateFile(dir, dirChannel);
    this.index = r.index;
    this.reader = new RangeReader(index, segments);
    this.recovered = r;
    this.recoveredHardState = r.hardState;
    this.writeBuffer =
        ByteBuffer.allocateDirect(options.writeBufferBytes()).order(ByteOrder.LITTLE_ENDIAN);
    this.zeros =
        ByteBuffer.allocateDirect(Math.max(4096, Math.min(256 << 10, options.preallocateBytes())));
    commitLagNanos = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(options.commitLagMillis());
    storedTerm = hardTerm = r.hardState.term();
    storedVote = hardVote = r.hardState.vote();
    hardCommit = highestCommit = r.hardState.commit();
    flushedIndex = durableIndex = index.last();
    flushedTerm = index.term(index.last());
  }

  /**
   * Opens (creating if needed) the log in {@code dir}: locks the directory, recovers (see {@link
   * Recovery}: checks everything, then repairs what a crash left, each repair logged) and opens the
   * last segment for appending.
   *
   * @throws CorruptLogException when the log holds damage a crash cannot explain
   */
  public static SegmentedLog open(Path dir, LogOptions options) throws IOException {
    Files.createDirectories(dir);
    FileChannel lockChannel = FileChannel.open(
        dir.resolve(LogFormat.LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileChannel dirChannel = null;
    try {
      FileLock lock;
      try {
        lock = lockChannel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        throw new IOException(
            dir + ": the log is open elsewhere (" + LogFormat.LOCK_FILE + " is locked)");
      }
      dirChannel = FileChannel.open(dir, StandardOpenOption.READ);
      Recovery r = Recovery.scan(dir, options.initialIndexCapacity());
      r.repair(dirChannel);
      SegmentedLog log = new SegmentedLog(dir, options, dirChannel, lockChannel, lock, r);
      log.openSegments();
      return log;
    } catch (IOException | RuntimeException e) {
      if (dirChannel != null) {
        dirChannel.close();
      }
      lockChannel.close();
      throw e;
    }
  }

  private void openSegments() throws IOException {
    Recovery r = recovered;
    for (int i = 0; i < r.names.size(); i++) {
      SegmentName n = r.names.get(i);
      int end = r.ends.get(i);
      segments.add(new Segment(dir, n, end, n.open() ? end : r.contents.get(i).capacity()));
    }
    Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
    if (last != null && last.name.open()) {
      active = last;
      active.allocated = active.channel().size();
      if (active.allocated < active.end) {
        throw new IOException(active.path + " shrank during recovery");
      }
    } else {
      active =
          Segment.create(dir, index.last() + 1, header, zeros, options.preallocateBytes(), true);
      segments.add(active);
      dirChannel.force(true);
    }
    bufferAt = active.end;
    syncSegment = active;
  }

  // ---- recovered state ----

  /** The hard state found at open. */
  public StoredHardState hardState() {
    return recoveredHardState;
  }

  /**
   * Hands every recovered record to {@code consumer}, in index order (e.g. to {@code
   * RaftNode.restoreRecord}); the buffers are the consumer's from then on. Only once, and only
   * before the log is changed.
   */
  public void replay(RecordConsumer consumer) {
    Recovery r = recovered;
    if (r == null) {
      throw new IllegalStateException("replay only once, before the first append or truncation");
    }
    recovered = null;
    for (long i = index.first(); i <= index.last(); i++) {
      consumer.accept(
          i, index.term(i), r.contents.get(index.segment(i)), index.offset(i), index.length(i));
    }
  }

  // ---- queries (owner thread) ----

  /** The first index held (1 until {@link #compactBefore} deleted a prefix). */
  public long firstIndex() {
    return index.first();
  }

  /** The last index ({@code firstIndex() - 1}: empty). */
  public long lastIndex() {
    return index.last();
  }

  /** The term of the last record (0: empty). */
  public long lastTerm() {
    return index.term(index.last());
  }

  /** The term of record {@code index}; 0 for an index not held (0, compacted, or past the end). */
  public long term(long index) {
    return this.index.term(index);
  }

  /** The length in bytes of record {@code index}. */
  public int recordLength(long index) {
    return this.index.length(index);
  }

  /** The directory. */
  public Path dir() {
    return dir;
  }

  /** The segments' names, in order (the last is the open one). Allocates; for tests and tools. */
  /**
   * The bytes the log's segment files take on disk (their sizes, preallocation included), for
   * the status; an unreadable size counts as 0. Owner thread.
   */
  public long diskBytes() {
    long n = 0;
    for (Segment s : segments) {
      try {
        n += Files.size(s.path);
      } catch (IOException e) {
        // deleted or unreadable: not counted
      }
    }
    Segment sp = spare;
    if (sp != null) {
      n += sp.allocated;
    }
    return n;
  }

  public List<SegmentName> segmentNames() {
    List<SegmentName> names = new ArrayList<>(segments.size());
    for (Segment s : segments) {
      names.add(s.name);
    }
    return names;
  }

  // ---- writing (owner thread) ----

  /**
   * Appends record {@code index} of {@code term}: the {@code length} bytes at {@code offset} of
   * {@code buf} (length prefix, framed entry, CRC), copied unchanged. The entry is not decoded;
   * only the length prefix is checked against {@code length}. {@code buf} is not changed (not even
   * its position).
   *
   * @throws IllegalStateException when {@code index} is not {@code lastIndex() + 1} or {@code term}
   *     is below the last record's
   */
  public void append(long index, long term, ByteBuffer buf, int offset, int length)
      throws IOException {
    checkWritable();
    checkRecord(
        index, this.index.last(), term, this.index.term(this.index.last()), buf, offset, length);
    recovered = null;
    if (active.end > LogFormat.HEADER_BYTES
        && (long) active.end + length > options.segmentBytes()) {
      roll();
    }
    int at = active.end;
    try {
      ensureAllocated((long) at + length);
      if (length > writeBuffer.remaining()) {
        flushBuffer();
      }
      if (length > writeBuffer.remaining()) {
        ByteBuffer view = buf.duplicate(); // only for a record larger than the write buffer
        view.limit(offset + length).position(offset);
        Recovery.writeFully(active.channel(), view, at);
        bufferAt = at + length;
      } else {
        writeBuffer.put(writeBuffer.position(), buf, offset, length);
        writeBuffer.position(writeBuffer.position() + length);
        bytesCopied += length;
      }
    } catch (IOException e) {
      failure = e; // a partial write leaves the file's tail unknown: no more appends
      throw e;
    }
    active.end = at + length;
    if (active.allocated < active.end) {
      active.allocated = active.end;
    }
    this.index.add(term, segments.size() - 1, at, length);
    dirty = true;
    appended = true;
  }

  /**
   * Makes sure the open segment is preallocated up to {@code need} bytes before records are
   * written there, and asks the {@link Preallocator} (if any) to keep it ahead. Owner thread.
   */
  private void ensureAllocated(long need) throws IOException {
    int ahead = options.preallocateBytes();
    if (ahead == 0) {
      return;
    }
    Segment s = active;
    Preallocator p = preallocator;
    if (need > s.allocated) {
      synchronized (extendLock) { // waits for a chunk in flight, which may already cover need
        if (need > s.allocated) {
          s.preallocate(p == null ? Math.max(need, s.allocated + ahead) : need, zeros);
        }
      }
    }
    if (p != null && need + ahead - askedAllocated >= zeros.capacity()) {
      // Not under the extend lock: the preallocator may hold it for a chunk's write.
      wantAllocated = Math.min(need + ahead, Math.max(need, options.segmentBytes()));
      askedAllocated = need + ahead;
      p.request();
    }
  }

  /** The open segment changed (roll, truncation, restart): what was asked for was about the old one. */
  private void forgetPreallocationRequest() {
    wantAllocated = 0;
    askedAllocated = 0;
  }

  /**
   * Zeros a new open segment gets when it is created on the owner's thread: all of {@link
   * LogOptions#preallocateBytes} without a preallocator, else one chunk (the preallocator adds the
   * rest in the background), so that a roll does not stall the owner for megabytes of zeros.
   */
  private int initialPreallocation() {
    return preallocator == null
        ? options.preallocateBytes()
        : Math.min(options.preallocateBytes(), zeros.capacity());
  }

  /** Zero bytes the {@link Preallocator} has written ahead of the records so far (any thread). */
  public long preallocatedAhead() {
    return preallocatedAhead;
  }

  /**
   * Attaches the thread that preallocates ahead of the owner (see the class documentation); from
   * then on the owner writes zeros only when its records catch up. Called by the preallocator.
   */
  void preallocateWith(Preallocator p) {
    preallocator = p;
  }

  /**
   * On the {@link Preallocator}'s thread: extends the open segment with zeros up to what the owner
   * asked for, one chunk at a time, each under the extend lock (so the owner waits for at most one
   * chunk). Returns when done, or at once after {@link #close} or a failure.
   */
  void preallocateAhead() throws IOException {
    while (true) {
      synchronized (extendLock) {
        if (closed || shut || failure != null) {
          return;
        }
        Segment s = active;
        long to = Math.min(wantAllocated, s.allocated + zeros.capacity());
        if (to <= s.allocated) {
          return;
        }
        long from = s.allocated;
        s.preallocate(to, zeros);
        preallocatedAhead += to - from;
      }
    }
  }

  /**
   * Checks that record {@code index} of {@code term} may follow {@code last} of {@code lastTerm},
   * and that the {@code length} bytes at {@code offset} of {@code buf} look like a record (the
   * length prefix agrees; the entry is not decoded).
   */
  private static void checkRecord(
      long index, long last, long term, long lastTerm, ByteBuffer buf, int offset, int length) {
    if (index != last + 1) {
      throw new IllegalStateException(
          "append of index " + index + " after " + last + " (truncate first)");
    }
    if (term < lastTerm) {
      throw new IllegalStateException(
          "term " + term + " of index " + index + " is below the last term " + lastTerm);
    }
    int prefix = buf.getInt(offset);
    if (buf.order() != ByteOrder.LITTLE_ENDIAN) {
      prefix = Integer.reverseBytes(prefix);
    }
    if (length < LogFormat.RECORD_OVERHEAD + 8
        || (length & 7) != 0
        || prefix != length - LogFormat.RECORD_OVERHEAD) {
      throw new IllegalArgumentException(
          "not a record: length " + length + ", length prefix " + prefix);
    }
  }

  /**
   * Appends records {@code first..last}, which lie back to back in one buffer of {@code log} from
   * {@code offset}, by positional writes straight from that buffer: no copy into the write buffer
   * (and, for a direct buffer, none through the JDK's temporary direct buffer either). A run that
   * does not fit the open segment is split at a record boundary and the segment rolled, as
   * {@link #append} does.
   */
  private void appendRun(long first, long last, RaftLog log, ByteBuffer buf, int offset)
      throws IOException {
    recovered = null;
    int at = offset;
    long i = first;
    while (i <= last) {
      // The records from i on that fit the open segment (the first always fits an empty one).
      long k = i;
      long lastTerm = this.index.term(this.index.last());
      int bytes = 0;
      while (k <= last) {
        int len = log.length(k);
        if ((active.end > LogFormat.HEADER_BYTES || bytes > 0)
            && (long) active.end + bytes + len > options.segmentBytes()) {
          break;
        }
        long term = log.term(k);
        checkRecord(k, i == k ? this.index.last() : k - 1, term, lastTerm, buf, at + bytes, len);
        lastTerm = term;
        bytes += len;
        k++;
      }
      if (bytes == 0) {
        roll();
        continue;
      }
      writeDirect(buf, at, bytes);
      int fileAt = active.end - bytes;
      for (long j = i; j < k; j++) {
        int len = log.length(j);
        this.index.add(log.term(j), segments.size() - 1, fileAt, len);
        fileAt += len;
      }
      at += bytes;
      i = k;
    }
    dirty = true;
    appended = true;
  }

  /** Writes {@code bytes} of {@code buf} from {@code at} at the open segment's end, unbuffered. */
  private void writeDirect(ByteBuffer buf, int at, int bytes) throws IOException {
    flushBuffer(); // what is buffered lies before these bytes
    int fileAt = active.end;
    int p = buf.position();
    int l = buf.limit();
    try {
      ensureAllocated((long) fileAt + bytes);
      buf.limit(at + bytes).position(at);
      Recovery.writeFully(active.channel(), buf, fileAt);
    } catch (IOException e) {
      failure = e; // a partial write leaves the file's tail unknown: no more appends
      throw e;
    } finally {
      buf.limit(l).position(p);
    }
    if (buf.isDirect()) {
      bytesFromDirect += bytes;
    } else {
      bytesFromHeap += bytes;
    }
    active.end = fileAt + bytes;
    if (active.allocated < active.end) {
      active.allocated = active.end;
    }
    bufferAt = active.end;
  }

  /**
   * Record bytes written so far: {copied into the write buffer by {@link #append}, written by
   * {@link #persist} straight from a heap buffer (the JDK copies those through a temporary direct
   * buffer), straight from a direct buffer (no copy at all)}. Any thread.
   */
  public long[] recordBytes() {
    return new long[] {bytesCopied, bytesFromHeap, bytesFromDirect};
  }

  /**
   * Discards record {@code index} and every later one, durably, before returning (see the class
   * documentation). Nothing happens when {@code index > lastIndex()}.
   *
   * @throws IllegalStateException when that would discard a record at or below a commit index
   *     this log has stored or been given
   */
  public void truncateFrom(long index) throws IOException {
    checkWritable();
    if (index < this.index.first()) {
      throw new IllegalArgumentException(
          "index must be >= the first index " + this.index.first() + ": " + index);
    }
    if (index > this.index.last()) {
      return;
    }
    if (index <= highestCommit) {
      throw new IllegalStateException("truncating from " + index
          + " would discard committed records (commit " + highestCommit + ")");
    }
    recovered = null;
    flushBuffer();
    synchronized (extendLock) {
      truncateLocked(index);
    }
  }

  private void truncateLocked(long index) throws IOException {
    int slot = this.index.segment(index);
    int cut = this.index.offset(index);
    forceLock.lock();
    try {
      finishPendingCloseLocked();
      for (int i = segments.size() - 1; i > slot; i--) {
        Segment s = segments.remove(i);
        s.close();
        Files.delete(s.path);
        dirChannel.force(true);
      }
      Segment s = segments.get(slot);
      if (!s.name.open()) {
        s.rename(SegmentName.open(s.name.start()));
        dirChannel.force(true);
      }
      FileChannel ch = s.channel();
      ch.truncate(cut);
      ch.force(true);
      s.end = cut;
      s.allocated = cut;
      active = s;
      bufferAt = cut;
      writeBuffer.clear();
      forgetPreallocationRequest();
      this.index.truncateFrom(index);
      synchronized (published) {
        syncSegment = s;
        if (flushedIndex >= index) {
          flushedIndex = index - 1;
          flushedTerm = this.index.term(index - 1);
        }
      }
      if (durableIndex >= index) {
        durableIndex = index - 1;
      }
      dirty = true;
    } catch (IOException e) {
      failure = e;
      throw e;
    } finally {
      forceLock.unlock();
    }
  }

  /**
   * Deletes the closed segments whose records all lie below {@code keepFrom} (a snapshot covers
   * them, and the tail kept for lagging followers starts at {@code keepFrom}); the open segment is
   * never deleted, so the log keeps at least its last records. Oldest first, each deletion
   * followed by a directory fsync: a crash leaves a suffix of the log, which recovery accepts.
   * Returns the number of segments deleted.
   */
  public int compactBefore(long keepFrom) throws IOException {
    int n = detachBefore(keepFrom);
    deleteDetached();
    return n;
  }

  /**
   * The first half of {@link #compactBefore}, without IO: takes the closed segments whose records
   * all lie below {@code keepFrom} out of the log (it no longer reads them; {@link #firstIndex}
   * moves on) and queues their files for {@link #deleteDetached}, which another thread may run, so
   * that the owner's thread does not wait for the deletions and directory fsyncs. Until then the
   * files stay on disk: a restart finds a longer suffix of the log, which recovery accepts. Owner
   * thread. Returns the number of segments detached.
   */
  public int detachBefore(long keepFrom) {
    checkWritable();
    int n = 0;
    while (n < segments.size() - 1
        && !segments.get(n).closePending
        && segments.get(n).name.end() < keepFrom) {
      n++;
    }
    if (n == 0) {
      return 0;
    }
    recovered = null;
    long newFirst = segments.get(n).name.start();
    synchronized (detached) {
      for (int i = 0; i < n; i++) {
        detached.addLast(segments.remove(0));
      }
    }
    index.dropBefore(newFirst, n);
    return n;
  }

  /**
   * Deletes the files of the segments {@link #detachBefore} took out, oldest first, each deletion
   * followed by a directory fsync (a crash leaves a suffix of the log). Any thread, one deletion at
   * a time; not after {@link #close}. A segment whose deletion failed stays queued, first.
   */
  public void deleteDetached() throws IOException {
    synchronized (deleting) {
      while (true) {
        Segment s;
        synchronized (detached) {
          s = detached.peekFirst();
        }
        if (s == null) {
          return;
        }
        s.close();
        // Out of the log first (a crash leaves a suffix of it), then shrunk and deleted at leisure.
        Path doomed = dir.resolve(s.path.getFileName() + LogFormat.DELETING_SUFFIX);
        if (Files.exists(s.path)) {
          Files.move(s.path, doomed, StandardCopyOption.ATOMIC_MOVE);
          dirChannel.force(true);
        }
        GradualDelete.shrinkAndDelete(doomed);
        synchronized (detached) {
          detached.removeFirst();
        }
      }
    }
  }

  /**
   * Empties the log so that the next record appended is {@code next}: every segment is deleted
   * (last first, each followed by a directory fsync, so a crash leaves a prefix) and a new one is
   * opened at {@code next}. For a node whose snapshot is newer than its log (taken of entries it
   * had applied but not yet synced, or installed from the leader): the log restarts after the
   * snapshot; records past it, never committed, go too. Owner thread.
   */
  public void restartAt(long next) throws IOException {
    checkWritable();
    if (next <= highestCommit) {
      throw new IllegalArgumentException(
          "restart at " + next + " would drop committed records (commit " + highestCommit + ")");
    }
    recovered = null;
    deleteDetached(); // older than every segment below: they go first, as compaction would
    flushBuffer();
    synchronized (extendLock) {
      restartLocked(next);
    }
  }

  private void restartLocked(long next) throws IOException {
    forceLock.lock();
    try {
      finishPendingCloseLocked();
      while (!segments.isEmpty()) {
        Segment s = segments.remove(segments.size() - 1);
        s.close();
        Files.delete(s.path);
        dirChannel.force(true);
      }
      index.restartAt(next);
      active = Segment.create(dir, next, header, zeros, initialPreallocation(), true);
      segments.add(active);
      dirChannel.force(true);
      bufferAt = active.end;
      writeBuffer.clear();
      forgetPreallocationRequest();
      synchronized (published) {
        syncSegment = active;
        flushedIndex = next - 1;
        flushedTerm = 0;
      }
      durableIndex = next - 1;
    } catch (IOException e) {
      failure = e;
      throw e;
    } finally {
      forceLock.unlock();
    }
  }

  /** Stages a new hard state; the next flush hands it out and a sync writes it after the records. */
  public void setHardState(long term, int vote, long commit) {
    checkWritable();
    if (commit > index.last()) {
      throw new IllegalArgumentException(
          "commit " + commit + " is past the last index " + index.last());
    }
    stagedHard = true;
    stagedTerm = term;
    stagedVote = vote;
    stagedCommit = commit;
    highestCommit = Math.max(highestCommit, commit);
    dirty = true;
  }

  /**
   * Writes a Ready's records and hard state, as the core's contract prescribes, and flushes:
   * stored records at or after {@code persistFirst} are discarded first, then records {@code
   * persistFirst..persistLast} are written straight from {@code log}'s buffers (the leader's
   * arena, the buffer a follower received them in), one positional write per run of records that
   * lie back to back in one buffer, without copying them, then the hard state is staged. Returns the write sequence number to wait for (see {@link #flush}).
   */
  public long persist(Ready ready, RaftLog log) throws IOException {
    if (ready.hasRecords()) {
      long first = ready.persistFirst();
      if (first <= index.last()) {
        truncateFrom(first);
      }
      checkWritable();
      long last = ready.persistLast();
      long i = first;
      while (i <= last) {
        // One run of records back to back in one buffer (a received message, an arena chunk).
        ByteBuffer buf = log.buffer(i);
        int offset = log.offset(i);
        int end = offset + log.length(i);
        long j = i;
        while (j < last && log.buffer(j + 1) == buf && log.offset(j + 1) == end) {
          j++;
          end += log.length(j);
        }
        appendRun(i, j, log, buf, offset);
        i = j + 1;
      }
    }
    if (ready.hardStateChanged()) {
      setHardState(ready.term(), ready.vote(), ready.commit());
    }
    return flush();
  }

  /**
   * Writes the buffered records to the file (page cache) and hands everything written so far to
   * the next sync. Returns the write sequence number that covers every write handed out until now:
   * once {@link #durableSeq()} reaches it (or a {@link Syncer} reports it), those writes are
   * durable. The number grows by one per flush that had something new.
   */
  public long flush() throws IOException {
    checkWritable();
    Segment r = rolled;
    if (r != null && r.rollSynced && preallocator == null) {
      closeRolled(); // without a preallocator, the owner takes a roll's second step
    }
    flushBuffer();
    if (dirty) {
      dirty = false;
      seq++;
      long last = index.last();
      synchronized (published) {
        flushedSeq = seq;
        flushedIndex = last;
        flushedTerm = index.term(last);
        recordsPending |= appended;
        if (stagedHard) {
          hardPending = true;
          hardTerm = stagedTerm;
          hardVote = stagedVote;
          hardCommit = stagedCommit;
        }
      }
      stagedHard = false;
      appended = false;
    }
    return seq;
  }

  private void flushBuffer() throws IOException {
    if (writeBuffer.position() == 0) {
      return;
    }
    writeBuffer.flip();
    try {
      Recovery.writeFully(active.channel(), writeBuffer, bufferAt);
    } catch (IOException e) {
      failure = e;
      throw e;
    }
    bufferAt += writeBuffer.limit();
    writeBuffer.clear();
  }

  /**
   * Bytes the in-memory index allocated to grow so far (any thread): it grows with the log, by
   * doubling, until compaction bounds the log; a measurement of the write path counts it apart.
   */
  public long indexGrowthBytes() {
    return index.grownBytes();
  }

  /** Flushes and syncs on the calling thread; returns the durable last index. */
  public long sync() throws IOException {
    flush();
    syncFlushed(null);
    return durableIndex;
  }

  private void roll() throws IOException {
    flushBuffer();
    synchronized (extendLock) {
      Segment r = rolled;
      if (r != null) {
        // The previous roll's close is not finished (no sync since, or the preallocator has not got
        // to it): finish it here, so that at most the last two segments are ever open on disk.
        if (r.rollSynced) {
          finishClose(r); // the sync is done with it: no need for the force lock
        } else {
          finishPendingClose();
        }
      }
      rollLocked();
    }
    Preallocator p = preallocator;
    if (p != null) {
      p.request(); // more zeros for the new segment; later, a new spare
    }
  }

  /**
   * Switches to a new open segment without waiting for the disk: the spare (or, without one, a
   * file created here, unforced) gets its header and the open name, and the old segment its closed
   * name in memory. The rest happens off the owner's thread, in two steps (see the class
   * documentation): the next sync forces the old segment's last records, then the new segment's,
   * then the directory; after it, {@link #closeRolled} cuts, forces and renames the old segment.
   * Under the extend lock; not the force lock, which a sync in flight holds.
   */
  private void rollLocked() throws IOException {
    Segment old = active;
    long start = index.last() + 1;
    try {
      Segment next = spare;
      if (next != null) {
        spare = null;
        next.openAs(start, header);
      } else {
        // No spare ready (rare with a preallocator): forced here, so that a header never reaches
        // the disk after the records behind it.
        next = Segment.create(dir, start, header, zeros, initialPreallocation(), true);
      }
      old.name = SegmentName.closed(old.name.start(), index.last());
      old.closePending = true;
      rolled = old;
      active = next;
      segments.add(next);
      bufferAt = next.end;
      forgetPreallocationRequest();
      synchronized (published) {
        pendingClose = old;
        syncSegment = next;
      }
    } catch (IOException e) {
      failure = e;
      throw e;
    }
  }

  /**
   * On the owner's thread, under the extend lock: finishes the rolled segment's close now (both
   * steps), waiting for a sync in flight.
   */
  private void finishPendingClose() throws IOException {
    forceLock.lock();
    try {
      finishPendingCloseLocked();
    } finally {
      forceLock.unlock();
    }
  }

  /** Under the extend lock and the force lock: {@link #finishPendingClose}. */
  private void finishPendingCloseLocked() throws IOException {
    Segment c = rolled;
    if (c == null) {
      return;
    }
    finishClose(c);
    synchronized (published) {
      if (pendingClose == c) {
        pendingClose = null;
      }
    }
  }

  /**
   * The second step of a roll, after the sync that made the new segment's name durable: cuts the
   * rolled segment's zero padding off, forces it, renames it to its closed name and fsyncs the
   * directory, so that a closed name always means a complete, durable file. On the {@link
   * Preallocator}'s thread (or the owner's, without one), so that no sync waits for it. Nothing to
   * do when there is no such segment.
   */
  void closeRolled() throws IOException {
    Segment c = rolled;
    if (c == null || !c.rollSynced) {
      return;
    }
    synchronized (extendLock) {
      if (rolled != c || closed || shut || failure != null) {
        return;
      }
      finishClose(c);
    }
  }

  /**
   * Under the extend lock: cuts, renames, fsyncs the directory; the close is done. The records are
   * forced first unless the first sync after the roll already did; the cut and the rename then ride
   * on the directory fsync's one journal commit (a cut that did not reach the disk leaves zero
   * padding, which recovery accepts in a closed segment too).
   */
  private void finishClose(Segment c) throws IOException {
    try {
      closeFile(c);
    } catch (IOException e) {
      failure = e; // the file's state is unknown: no more appends
      throw e;
    }
  }

  /** {@link #finishClose} without the failure bookkeeping. */
  private void closeFile(Segment c) throws IOException {
    FileChannel ch = c.channel();
    if (!c.rollSynced) {
      ch.force(false);
    }
    ch.truncate(c.end);
    c.allocated = c.end;
    c.moveToName();
    dirChannel.force(true);
    c.closePending = false;
    rolled = null;
  }

  /** Whether a spare segment file is ready for the next roll (any thread). */
  boolean spareReady() {
    return spare != null;
  }

  /**
   * On the {@link Preallocator}'s thread: makes a spare segment file ready for the next roll if
   * there is none and the open segment is half full (not at once after a roll, when the disk is
   * busy with it). The spare holds the same one chunk of zeros a new segment starts with, forced;
   * it is written outside the extend lock and only published under it.
   */
  void prepareSpare() throws IOException {
    synchronized (extendLock) {
      if (spare != null
          || closed
          || shut
          || failure != null
          || active.allocated < options.segmentBytes() / 2) {
        return;
      }
    }
    if (spareZeros == null) {
      spareZeros = ByteBuffer.allocateDirect(zeros.capacity());
    }
    long size = Math.min(
        (long) LogFormat.HEADER_BYTES + options.preallocateBytes(), options.segmentBytes());
    Segment s = Segment.createSpare(dir, spareZeros, size);
    synchronized (extendLock) {
      if (spare == null && !closed && !shut && failure == null) {
        spare = s;
        return;
      }
    }
    s.close();
    Files.deleteIfExists(s.path);
  }

  // ---- syncing (any one thread at a time) ----

  /**
   * Makes everything flushed so far durable: forces the open segment (older ones were forced when
   * they were closed), then writes the hard state if it changed. Fills {@code out} (if not null)
   * with the sequence number, last index and its term now durable. Skips the fsync when nothing
   * was flushed since the last sync. Safe to call from a thread other than the owner's; a failure
   * is final (after a failed fsync the state of the page cache is unknown), every later call
   * throws.
   */
  void syncFlushed(SyncResult out) throws IOException {
    forceLock.lock();
    try {
      checkFailed();
      if (shut) {
        throw new java.nio.channels.ClosedChannelException();
      }
      long s;
      long idx;
      long term;
      boolean writeHard;
      boolean force;
      long t = 0;
      int v = 0;
      long c = 0;
      Segment target;
      Segment closing;
      // A commit-only change rides on the first sync at least the lag after the last hard state
      // write: the stored commit index lags by a bounded time, at two fsyncs per lag, not per sync.
      boolean commitDue = System.nanoTime() - hardWrittenAt >= commitLagNanos;
      synchronized (published) {
        s = flushedSeq;
        idx = flushedIndex;
        term = flushedTerm;
        force = recordsPending || closed;
        recordsPending = false;
        target = syncSegment;
        closing = pendingClose;
        writeHard = hardPending
            && (options.syncCommitOnly()
                || closed
                || commitDue
                || hardTerm != storedTerm
                || hardVote != storedVote);
        if (writeHard) {
          hardPending = false;
          t = hardTerm;
          v = hardVote;
          c = hardCommit;
        }
      }
      boolean changed = s != durableSeq || writeHard;
      if (closing != null && options.fsync()) {
        // The first sync since a roll: the rolled segment's last records before the new one's
        // (recovery relies on it), and the directory after both, for the new segment's name.
        closing.channel().force(false);
      }
      // A flush that only staged a commit-only hard state change (not written, see LogOptions)
      // put nothing new in the page cache: it is durable without a force.
      if (changed && force && options.fsync()) {
        target.channel().force(false);
      }
      if (closing != null) {
        if (options.fsync()) {
          dirChannel.force(true);
        }
        synchronized (published) {
          if (pendingClose == closing) {
            pendingClose = null;
          }
        }
        closing.rollSynced = true;
        Preallocator p = preallocator;
        if (p != null) {
          p.request(); // the roll's second step, see closeRolled
        }
      }
      if (changed) {
        if (writeHard) {
          hardStateFile.write(t, v, c);
          storedTerm = t;
          storedVote = v;
          hardWrittenAt = System.nanoTime();
        }
        if (force || writeHard) {
          fsyncs++;
        }
        durableIndex = idx;
        durableSeq = s;
      }
      if (out != null) {
        out.seq = s;
        out.index = idx;
        out.term = term;
      }
    } catch (IOException e) {
      failure = e;
      throw e;
    } finally {
      forceLock.unlock();
    }
  }

  /**
   * For the sync thread's timer: -1 when no hard state waits to be written; else the nanoseconds
   * until a sync would write the one waiting (a commit-only change), 0 when one would now.
   */
  long hardStateDueInNanos() {
    synchronized (published) {
      if (!hardPending) {
        return -1;
      }
    }
    return Math.max(0, hardWrittenAt + commitLagNanos - System.nanoTime());
  }

  /** The highest write sequence number known durable (any thread). */
  public long durableSeq() {
    return durableSeq;
  }

  /** The last index known durable (any thread). */
  public long durableIndex() {
    return durableIndex;
  }

  /** Syncs that forced the log so far (any thread). */
  public long fsyncs() {
    return fsyncs;
  }

  // ---- reading (owner thread) ----

  /** The bytes of records {@code from..to}. */
  public long bytes(long from, long to) {
    return reader.bytes(from, to);
  }

  /**
   * How many records from {@code from} on fit in {@code maxBytes} and {@code maxCount}: at least
   * one when {@code from <= lastIndex()} (a record larger than {@code maxBytes} is still sent).
   */
  public int countWithin(long from, long maxBytes, int maxCount) {
    return reader.countWithin(from, maxBytes, maxCount);
  }

  /**
   * Copies the bytes of records {@code from..to}, exactly as stored, into {@code dst} at its
   * position (advancing it) with positional reads; returns the number of bytes.
   */
  public int read(long from, long to, ByteBuffer dst) throws IOException {
    flushBuffer();
    return reader.read(from, to, dst);
  }

  /**
   * Sends the bytes of records {@code from..to}, after skipping their first {@code skip} bytes, to
   * {@code target} with {@link FileChannel#transferTo} (zero-copy to a socket where the platform
   * can). Returns the bytes sent, which is less than asked when a non-blocking {@code target} is
   * full: call again with {@code skip} increased by the result.
   */
  public long transferTo(long from, long to, long skip, WritableByteChannel target)
      throws IOException {
    flushBuffer();
    return reader.transferTo(from, to, skip, target);
  }

  // ---- lifecycle ----

  /**
   * Flushes, syncs (writing any hard state still pending) and closes the files. Close a {@link
   * Syncer} first; the log must not be used afterwards.
   */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    try {
      if (failure == null) {
        flush();
        closed = true;
        syncFlushed(null);
        synchronized (extendLock) {
          finishPendingClose(); // a cleanly closed log has one open segment
        }
        deleteDetached();
      }
    } finally {
      Segment sp;
      synchronized (extendLock) { // waits for a chunk in flight; the preallocator stops after it
        closed = true;
        shut = true;
        sp = spare;
        spare = null;
      }
      if (sp != null) {
        sp.close();
        Files.deleteIfExists(sp.path); // only zeros; recovery would delete it too
      }
      forceLock.lock();
      try {
        for (Segment s : segments) {
          s.close();
        }
        synchronized (detached) {
          for (Segment s : detached) {
            s.close(); // left on disk after a failure: a suffix of the log, still valid
          }
        }
        dirChannel.close();
      } finally {
        forceLock.unlock();
        lock.release();
        lockChannel.close();
      }
    }
  }

  private void checkWritable() {
    if (closed) {
      throw new IllegalStateException("log is closed");
    }
    if (failure != null) {
      throw new IllegalStateException("log is unusable after an IO failure", failure);
    }
  }

  private void checkFailed() throws IOException {
    if (failure != null) {
      throw new IOException("log is unusable after an earlier IO failure", failure);
    }
  }

  /** The outcome of one sync: sequence number, last index and its term now durable. */
  static final class SyncResult {
    long seq;
    long index;
    long term;
  }
}
