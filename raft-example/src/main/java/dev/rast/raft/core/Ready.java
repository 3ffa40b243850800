package dev.rast.raft.core;

import dev.rast.capnp.MessageBuilder;
import java.util.Arrays;

/**
 * One batch of a node's outputs; see the package documentation for the caller's obligations and
 * their order. The instance is owned by its {@link RaftNode} and reused: everything it holds is
 * valid until the next {@code advance()}. Messages are built in pooled {@link MessageBuilder}s,
 * which the caller serializes (framing them, e.g. with {@code Framing.write}) before advancing.
 */
public final class Ready {
  /** Pooled message builders kept across Readies, and the largest message whose builder is kept. */
  private static final int KEEP_BUILDERS = 1024;

  private static final long KEEP_BUILDER_WORDS = 1 << 17;

  // hard state
  boolean hardStateChanged;
  long term;
  int vote;
  long commit;
  // records to write: discard stored records >= persistFirst, then write persistFirst..persistLast
  long persistFirst = 1;
  long persistLast;
  // committed entries to apply
  long applyFirst = 1;
  long applyLast;
  // messages
  private MessageBuilder[] builders = new MessageBuilder[8];
  /** The first segment size each pooled builder was made with, in words. */
  private int[] firstWords = new int[8];

  private int[] to = new int[8];
  private boolean[] afterPersist = new boolean[8];
  private int messages;
  /**
   * This Ready's heartbeat response (its message slot, -1: none), destination, term and read id:
   * a follower answers a burst of heartbeats (a leader's ReadIndex rounds queued up while it was
   * paused) with one response carrying the newest read id, not one message per heartbeat.
   */
  int heartbeatResponse = -1;

  int heartbeatResponseTo;
  long heartbeatResponseTerm;
  long heartbeatResponseReadId;
  // reads
  private long[] readIds = new long[8];
  private long[] readIndexes = new long[8];
  private int reads;

  /** Whether the hard state changed and must be written (after the records). */
  public boolean hardStateChanged() {
    return hardStateChanged;
  }

  /** The hard state's term. */
  public long term() {
    return term;
  }

  /** The hard state's vote (0: none). */
  public int vote() {
    return vote;
  }

  /** The hard state's commit index. */
  public long commit() {
    return commit;
  }

  /** Whether there are records to write. */
  public boolean hasRecords() {
    return persistLast >= persistFirst;
  }

  /** First index to write; stored records at or after it are discarded first. */
  public long persistFirst() {
    return persistFirst;
  }

  /** Last index to write. */
  public long persistLast() {
    return persistLast;
  }

  /** First committed index to apply. */
  public long applyFirst() {
    return applyFirst;
  }

  /** Last committed index to apply ({@code < applyFirst}: nothing to apply). */
  public long applyLast() {
    return applyLast;
  }

  /** Number of messages to send. */
  public int messageCount() {
    return messages;
  }

  /** Message {@code i}, built in place; serialize it before {@code advance()}. */
  public MessageBuilder message(int i) {
    return builders[i];
  }

  /** The destination of message {@code i}. */
  public int messageTo(int i) {
    return to[i];
  }

  /** Whether message {@code i} may be sent only once every write handed out so far is durable. */
  public boolean afterPersist(int i) {
    return afterPersist[i];
  }

  /** Number of reads that may now be served. */
  public int readCount() {
    return reads;
  }

  /** The id the caller gave read {@code i}. */
  public long readId(int i) {
    return readIds[i];
  }

  /** The read index of read {@code i} (at most {@link #applyLast()} or already applied). */
  public long readIndex(int i) {
    return readIndexes[i];
  }

  /** Whether there is anything at all in this Ready. */
  public boolean isEmpty() {
    return !hardStateChanged
        && !hasRecords()
        && applyLast < applyFirst
        && messages == 0
        && reads == 0;
  }

  // ---- filling (by the node) ----

  /**
   * The next message's builder, cleared, whose first segment holds at least {@code minWords}: a
   * message that fits is built without allocating. A pooled builder too small for it is replaced at
   * once by one of that size, rather than grown to it segment by segment (which allocated at every
   * new high-water mark, e.g. while a follower lagged and AppendEntries grew towards the message
   * limit).
   */
  MessageBuilder newMessage(int dest, boolean waitForPersist, int minWords) {
    if (messages == builders.length) {
      int cap = messages * 2;
      builders = Arrays.copyOf(builders, cap);
      firstWords = Arrays.copyOf(firstWords, cap);
      to = Arrays.copyOf(to, cap);
      afterPersist = Arrays.copyOf(afterPersist, cap);
    }
    MessageBuilder b = builders[messages];
    if (b == null || firstWords[messages] < minWords) {
      int words = Math.max(MessageBuilder.DEFAULT_FIRST_SEGMENT_WORDS, minWords);
      b = builders[messages] = new MessageBuilder(words);
      firstWords[messages] = words;
    } else {
      b.clear();
    }
    to[messages] = dest;
    afterPersist[messages] = waitForPersist;
    messages++;
    return b;
  }

  /** Clears message {@code slot}'s builder for a replacement message (same destination and ordering). */
  MessageBuilder reuseMessage(int slot) {
    MessageBuilder b = builders[slot];
    b.clear();
    return b;
  }

  /** Marks every message as one to send after the writes (used when the term or vote changed). */
  void allAfterPersist() {
    Arrays.fill(afterPersist, 0, messages, true);
  }

  void addRead(long id, long index) {
    if (reads == readIds.length) {
      readIds = Arrays.copyOf(readIds, reads * 2);
      readIndexes = Arrays.copyOf(readIndexes, reads * 2);
    }
    readIds[reads] = id;
    readIndexes[reads] = index;
    reads++;
  }

  void clear() {
    hardStateChanged = false;
    persistFirst = 1;
    persistLast = 0;
    applyFirst = 1;
    applyLast = 0;
    // Pooled builders keep their segments: do not keep a burst's worth of them, nor a huge one.
    for (int i = 0; i < messages; i++) {
      if (i >= KEEP_BUILDERS || builders[i].sizeInWords() > KEEP_BUILDER_WORDS) {
        builders[i] = null;
      }
    }
    messages = 0;
    reads = 0;
    heartbeatResponse = -1;
  }
}
