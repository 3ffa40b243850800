// Generated from raft.capnp by rast-java 0.1.0 (capnpc-java-rast). Do not edit.
package dev.rast.raft.msg;

import dev.rast.capnp.CapnpEnum;
import dev.rast.capnp.DataBuilder;
import dev.rast.capnp.DataReader;
import dev.rast.capnp.Generated;
import dev.rast.capnp.StructBuilder;
import dev.rast.capnp.StructReader;
import dev.rast.capnp.StructSize;
import dev.rast.capnp.text.TextPrinter;
import java.nio.ByteBuffer;

/**
 * Types of {@code raft.capnp}.
 */
public final class RaftMsg {
  static {
    Generated.checkAbi(2);
  }

  private RaftMsg() {
  }

  /**
   * The envelope of every message between two Raft nodes.
   */
  public static final class Message {
    private Message() {
    }

    /**
     * The members of the union, by discriminant; {@code _UNKNOWN} for a member a newer schema added.
     */
    public enum Which {
      APPEND_ENTRIES,

      APPEND_ENTRIES_RESPONSE,

      REQUEST_VOTE,

      REQUEST_VOTE_RESPONSE,

      HEARTBEAT,

      HEARTBEAT_RESPONSE,

      TIMEOUT_NOW,

      _UNKNOWN;

      private static final Which[] _VALUES = {APPEND_ENTRIES, APPEND_ENTRIES_RESPONSE, REQUEST_VOTE, REQUEST_VOTE_RESPONSE, HEARTBEAT, HEARTBEAT_RESPONSE, TIMEOUT_NOW};

      static Which of(int discriminant) {
        return discriminant < _VALUES.length ? _VALUES[discriminant] : _UNKNOWN;
      }
    }

    /**
     * Generator-owned metadata of this struct.
     */
    public static final class _Meta {
      /**
       * The schema's 64-bit id of this node.
       */
      public static final long TYPE_ID = 0xb0913fde342b7f93L;

      /**
       * Data words and pointers of this struct.
       */
      public static final StructSize SIZE = new StructSize(4, 1);

      private _Meta() {
      }
    }

    /**
     * Reads a {@code Message} in place; re-pointable, allocation-free.
     */
    public static final class Reader extends StructReader {
      /**
       * An unpointed reader (the empty struct until pointed somewhere).
       */
      public Reader() {
      }

      /**
       * Which member of the union is set.
       */
      public Which which() {
        return Which.of(readShort(24, (short) 0) & 0xFFFF);
      }

      /**
       * sender's node id (ids are > 0)
       */
      public int getFrom() {
        return readInt(0, 0);
      }

      /**
       * receiver's node id
       */
      public int getTo() {
        return readInt(4, 0);
      }

      /**
       * messages of another cluster are dropped
       */
      public long getClusterId() {
        return readLong(8, 0L);
      }

      /**
       * The sender's current term, except in a pre-vote request (the term the sender would campaign in)
       * and a granted pre-vote response (the term of the request).
       */
      public long getTerm() {
        return readLong(16, 0L);
      }

      /**
       * Whether {@code appendEntries} is the member of the union that is set.
       */
      public boolean isAppendEntries() {
        return which() == Which.APPEND_ENTRIES;
      }

      public boolean hasAppendEntries() {
        return readHasPointer(0);
      }

      public AppendEntries.Reader getAppendEntries() {
        return readStruct(0, new AppendEntries.Reader(), null);
      }

      public AppendEntries.Reader getAppendEntries(AppendEntries.Reader reuse) {
        return readStruct(0, reuse, null);
      }

      /**
       * Whether {@code appendEntriesResponse} is the member of the union that is set.
       */
      public boolean isAppendEntriesResponse() {
        return which() == Which.APPEND_ENTRIES_RESPONSE;
      }

      public boolean hasAppendEntriesResponse() {
        return readHasPointer(0);
      }

      public AppendEntriesResponse.Reader getAppendEntriesResponse() {
        return readStruct(0, new AppendEntriesResponse.Reader(), null);
      }

      public AppendEntriesResponse.Reader getAppendEntriesResponse(
          AppendEntriesResponse.Reader reuse) {
        return readStruct(0, reuse, null);
      }

      /**
       * Whether {@code requestVote} is the member of the union that is set.
       */
      public boolean isRequestVote() {
        return which() == Which.REQUEST_VOTE;
      }

      public boolean hasRequestVote() {
        return readHasPointer(0);
      }

      public RequestVote.Reader getRequestVote() {
        return readStruct(0, new RequestVote.Reader(), null);
      }

      public RequestVote.Reader getRequestVote(RequestVote.Reader reuse) {
        return readStruct(0, reuse, null);
      }

      /**
       * Whether {@code requestVoteResponse} is the member of the union that is set.
       */
      public boolean isRequestVoteResponse() {
        return which() == Which.REQUEST_VOTE_RESPONSE;
      }

      public boolean hasRequestVoteResponse() {
        return readHasPointer(0);
      }

      public RequestVoteResponse.Reader getRequestVoteResponse() {
        return readStruct(0, new RequestVoteResponse.Reader(), null);
      }

      public RequestVoteResponse.Reader getRequestVoteResponse(RequestVoteResponse.Reader reuse) {
        return readStruct(0, reuse, null);
      }

      /**
       * Whether {@code heartbeat} is the member of the union that is set.
       */
      public boolean isHeartbeat() {
        return which() == Which.HEARTBEAT;
      }

      public boolean hasHeartbeat() {
        return readHasPointer(0);
      }

      public Heartbeat.Reader getHeartbeat() {
        return readStruct(0, new Heartbeat.Reader(), null);
      }

      public Heartbeat.Reader getHeartbeat(Heartbeat.Reader reuse) {
        return readStruct(0, reuse, null);
      }

      /**
       * Whether {@code heartbeatResponse} is the member of the union that is set.
       */
      public boolean isHeartbeatResponse() {
        return which() == Which.HEARTBEAT_RESPONSE;
      }

      public boolean hasHeartbeatResponse() {
        return readHasPointer(0);
      }

      public HeartbeatResponse.Reader getHeartbeatResponse() {
        return readStruct(0, new HeartbeatResponse.Reader(), null);
      }

      public HeartbeatResponse.Reader getHeartbeatResponse(HeartbeatResponse.Reader reuse) {
        return readStruct(0, reuse, null);
      }

      /**
       * Whether {@code timeoutNow} is the member of the union that is set.
       */
      public boolean isTimeoutNow() {
        return which() == Which.TIMEOUT_NOW;
      }

      /**
       * Prints this struct in the Cap'n Proto text format to {@code p}.
       */
      public void printTo(TextPrinter p) {
        p.beginStruct();
        int which = readShort(24, (short) 0) & 0xFFFF;
        p.field("from");
        p.valueInt(Integer.toUnsignedLong(getFrom()));
        p.field("to");
        p.valueInt(Integer.toUnsignedLong(getTo()));
        p.field("clusterId");
        p.valueUInt64(getClusterId());
        p.field("term");
        p.valueUInt64(getTerm());
        if (which == 0 && hasAppendEntries()) {
          p.field("appendEntries");
          getAppendEntries().printTo(p);
        }
        if (which == 1) {
          p.field("appendEntriesResponse");
          getAppendEntriesResponse().printTo(p);
        }
        if (which == 2) {
          p.field("requestVote");
          getRequestVote().printTo(p);
        }
        if (which == 3) {
          p.field("requestVoteResponse");
          getRequestVoteResponse().printTo(p);
        }
        if (which == 4) {
          p.field("heartbeat");
          getHeartbeat().printTo(p);
        }
        if (which == 5) {
          p.field("heartbeatResponse");
          getHeartbeatResponse().printTo(p);
        }
        if (which == 6) {
          p.field("timeoutNow");
          p.valueVoid();
        }
        p.end();
      }

      /**
       * This struct as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toShortString();
      }

      /**
       * This struct as {@code capnp decode} prints it (without the final newline).
       */
      public String toPrettyString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toPrettyString();
      }

      /**
       * Value equality: equal canonical forms.
       */
      @Override
      public boolean equals(Object other) {
        return other instanceof Reader && Generated.equal(this, (Reader) other);
      }

      /**
       * A hash of the canonical form, consistent with {@link #equals}.
       */
      @Override
      public int hashCode() {
        return Generated.hash(this);
      }
    }

    /**
     * Writes a {@code Message} in place.
     */
    public static final class Builder extends StructBuilder {
      /**
       * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
       */
      public Builder() {
        super(_Meta.SIZE);
      }

      /**
       * Which member of the union is set.
       */
      public Which which() {
        return Which.of(readShort(24, (short) 0) & 0xFFFF);
      }

      /**
       * sender's node id (ids are > 0)
       */
      public int getFrom() {
        return readInt(0, 0);
      }

      /**
       * sender's node id (ids are > 0)
       */
      public Builder setFrom(int value) {
        writeInt(0, value, 0);
        return this;
      }

      /**
       * receiver's node id
       */
      public int getTo() {
        return readInt(4, 0);
      }

      /**
       * receiver's node id
       */
      public Builder setTo(int value) {
        writeInt(4, value, 0);
        return this;
      }

      /**
       * messages of another cluster are dropped
       */
      public long getClusterId() {
        return readLong(8, 0L);
      }

      /**
       * messages of another cluster are dropped
       */
      public Builder setClusterId(long value) {
        writeLong(8, value, 0L);
        return this;
      }

      /**
       * The sender's current term, except in a pre-vote request (the term the sender would campaign in)
       * and a granted pre-vote response (the term of the request).
       */
      public long getTerm() {
        return readLong(16, 0L);
      }

      /**
       * The sender's current term, except in a pre-vote request (the term the sender would campaign in)
       * and a granted pre-vote response (the term of the request).
       */
      public Builder setTerm(long value) {
        writeLong(16, value, 0L);
        return this;
      }

      /**
       * Whether {@code appendEntries} is the member of the union that is set.
       */
      public boolean isAppendEntries() {
        return which() == Which.APPEND_ENTRIES;
      }

      public boolean hasAppendEntries() {
        return readHasPointer(0);
      }

      public AppendEntries.Builder getAppendEntries() {
        return openStruct(0, new AppendEntries.Builder(), null);
      }

      public AppendEntries.Builder getAppendEntries(AppendEntries.Builder reuse) {
        return openStruct(0, reuse, null);
      }

      public AppendEntries.Builder initAppendEntries() {
        writeShort(24, (short) 0, (short) 0);
        return newStruct(0, new AppendEntries.Builder());
      }

      public AppendEntries.Builder initAppendEntries(AppendEntries.Builder reuse) {
        writeShort(24, (short) 0, (short) 0);
        return newStruct(0, reuse);
      }

      public Builder setAppendEntries(AppendEntries.Reader value) {
        writeShort(24, (short) 0, (short) 0);
        copyStruct(0, value);
        return this;
      }

      /**
       * Whether {@code appendEntriesResponse} is the member of the union that is set.
       */
      public boolean isAppendEntriesResponse() {
        return which() == Which.APPEND_ENTRIES_RESPONSE;
      }

      public boolean hasAppendEntriesResponse() {
        return readHasPointer(0);
      }

      public AppendEntriesResponse.Builder getAppendEntriesResponse() {
        return openStruct(0, new AppendEntriesResponse.Builder(), null);
      }

      public AppendEntriesResponse.Builder getAppendEntriesResponse(
          AppendEntriesResponse.Builder reuse) {
        return openStruct(0, reuse, null);
      }

      public AppendEntriesResponse.Builder initAppendEntriesResponse() {
        writeShort(24, (short) 1, (short) 0);
        return newStruct(0, new AppendEntriesResponse.Builder());
      }

      public AppendEntriesResponse.Builder initAppendEntriesResponse(
          AppendEntriesResponse.Builder reuse) {
        writeShort(24, (short) 1, (short) 0);
        return newStruct(0, reuse);
      }

      public Builder setAppendEntriesResponse(AppendEntriesResponse.Reader value) {
        writeShort(24, (short) 1, (short) 0);
        copyStruct(0, value);
        return this;
      }

      /**
       * Whether {@code requestVote} is the member of the union that is set.
       */
      public boolean isRequestVote() {
        return which() == Which.REQUEST_VOTE;
      }

      public boolean hasRequestVote() {
        return readHasPointer(0);
      }

      public RequestVote.Builder getRequestVote() {
        return openStruct(0, new RequestVote.Builder(), null);
      }

      public RequestVote.Builder getRequestVote(RequestVote.Builder reuse) {
        return openStruct(0, reuse, null);
      }

      public RequestVote.Builder initRequestVote() {
        writeShort(24, (short) 2, (short) 0);
        return newStruct(0, new RequestVote.Builder());
      }

      public RequestVote.Builder initRequestVote(RequestVote.Builder reuse) {
        writeShort(24, (short) 2, (short) 0);
        return newStruct(0, reuse);
      }

      public Builder setRequestVote(RequestVote.Reader value) {
        writeShort(24, (short) 2, (short) 0);
        copyStruct(0, value);
        return this;
      }

      /**
       * Whether {@code requestVoteResponse} is the member of the union that is set.
       */
      public boolean isRequestVoteResponse() {
        return which() == Which.REQUEST_VOTE_RESPONSE;
      }

      public boolean hasRequestVoteResponse() {
        return readHasPointer(0);
      }

      public RequestVoteResponse.Builder getRequestVoteResponse() {
        return openStruct(0, new RequestVoteResponse.Builder(), null);
      }

      public RequestVoteResponse.Builder getRequestVoteResponse(RequestVoteResponse.Builder reuse) {
        return openStruct(0, reuse, null);
      }

      public RequestVoteResponse.Builder initRequestVoteResponse() {
        writeShort(24, (short) 3, (short) 0);
        return newStruct(0, new RequestVoteResponse.Builder());
      }

      public RequestVoteResponse.Builder initRequestVoteResponse(
          RequestVoteResponse.Builder reuse) {
        writeShort(24, (short) 3, (short) 0);
        return newStruct(0, reuse);
      }

      public Builder setRequestVoteResponse(RequestVoteResponse.Reader value) {
        writeShort(24, (short) 3, (short) 0);
        copyStruct(0, value);
        return this;
      }

      /**
       * Whether {@code heartbeat} is the member of the union that is set.
       */
      public boolean isHeartbeat() {
        return which() == Which.HEARTBEAT;
      }

      public boolean hasHeartbeat() {
        return readHasPointer(0);
      }

      public Heartbeat.Builder getHeartbeat() {
        return openStruct(0, new Heartbeat.Builder(), null);
      }

      public Heartbeat.Builder getHeartbeat(Heartbeat.Builder reuse) {
        return openStruct(0, reuse, null);
      }

      public Heartbeat.Builder initHeartbeat() {
        writeShort(24, (short) 4, (short) 0);
        return newStruct(0, new Heartbeat.Builder());
      }

      public Heartbeat.Builder initHeartbeat(Heartbeat.Builder reuse) {
        writeShort(24, (short) 4, (short) 0);
        return newStruct(0, reuse);
      }

      public Builder setHeartbeat(Heartbeat.Reader value) {
        writeShort(24, (short) 4, (short) 0);
        copyStruct(0, value);
        return this;
      }

      /**
       * Whether {@code heartbeatResponse} is the member of the union that is set.
       */
      public boolean isHeartbeatResponse() {
        return which() == Which.HEARTBEAT_RESPONSE;
      }

      public boolean hasHeartbeatResponse() {
        return readHasPointer(0);
      }

      public HeartbeatResponse.Builder getHeartbeatResponse() {
        return openStruct(0, new HeartbeatResponse.Builder(), null);
      }

      public HeartbeatResponse.Builder getHeartbeatResponse(HeartbeatResponse.Builder reuse) {
        return openStruct(0, reuse, null);
      }

      public HeartbeatResponse.Builder initHeartbeatResponse() {
        writeShort(24, (short) 5, (short) 0);
        return newStruct(0, new HeartbeatResponse.Builder());
      }

      public HeartbeatResponse.Builder initHeartbeatResponse(HeartbeatResponse.Builder reuse) {
        writeShort(24, (short) 5, (short) 0);
        return newStruct(0, reuse);
      }

      public Builder setHeartbeatResponse(HeartbeatResponse.Reader value) {
        writeShort(24, (short) 5, (short) 0);
        copyStruct(0, value);
        return this;
      }

      /**
       * Whether {@code timeoutNow} is the member of the union that is set.
       */
      public boolean isTimeoutNow() {
        return which() == Which.TIMEOUT_NOW;
      }

      /**
       * Leadership transfer: the receiver campaigns at once, skipping pre-vote.
       */
      public Builder setTimeoutNow() {
        writeShort(24, (short) 6, (short) 0);
        return this;
      }

      /**
       * A reader over what this builder has written (zero-copy).
       */
      public Reader asReader() {
        return asReader(new Reader());
      }

      /**
       * What this builder has written, as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        return asReader().toString();
      }
    }
  }

  /**
   * Leader -> follower: append `count` records after (prevLogIndex, prevLogTerm).
   */
  public static final class AppendEntries {
    private AppendEntries() {
    }

    /**
     * Generator-owned metadata of this struct.
     */
    public static final class _Meta {
      /**
       * The schema's 64-bit id of this node.
       */
      public static final long TYPE_ID = 0x85a4c66063bb96a8L;

      /**
       * Data words and pointers of this struct.
       */
      public static final StructSize SIZE = new StructSize(4, 1);

      private _Meta() {
      }
    }

    /**
     * Reads a {@code AppendEntries} in place; re-pointable, allocation-free.
     */
    public static final class Reader extends StructReader {
      /**
       * An unpointed reader (the empty struct until pointed somewhere).
       */
      public Reader() {
      }

      public long getPrevLogIndex() {
        return readLong(0, 0L);
      }

      public long getPrevLogTerm() {
        return readLong(8, 0L);
      }

      /**
       * the leader's commit index
       */
      public long getCommit() {
        return readLong(16, 0L);
      }

      /**
       * number of records in `records`
       */
      public int getCount() {
        return readInt(24, 0);
      }

      /**
       * a contiguous run of log records (see the file comment)
       */
      public boolean hasRecords() {
        return readHasPointer(0);
      }

      /**
       * a contiguous run of log records (see the file comment)
       */
      public byte[] getRecords() {
        return readData(0, new DataReader(), null).toByteArray();
      }

      /**
       * a contiguous run of log records (see the file comment)
       */
      public DataReader getRecords(DataReader reuse) {
        return readData(0, reuse, null);
      }

      /**
       * Prints this struct in the Cap'n Proto text format to {@code p}.
       */
      public void printTo(TextPrinter p) {
        p.beginStruct();
        p.field("prevLogIndex");
        p.valueUInt64(getPrevLogIndex());
        p.field("prevLogTerm");
        p.valueUInt64(getPrevLogTerm());
        p.field("commit");
        p.valueUInt64(getCommit());
        p.field("count");
        p.valueInt(Integer.toUnsignedLong(getCount()));
        if (hasRecords()) {
          p.field("records");
          DataReader d = getRecords(new DataReader());
          p.valueData(d.buffer(), d.offset(), d.size());
        }
        p.end();
      }

      /**
       * This struct as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toShortString();
      }

      /**
       * This struct as {@code capnp decode} prints it (without the final newline).
       */
      public String toPrettyString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toPrettyString();
      }

      /**
       * Value equality: equal canonical forms.
       */
      @Override
      public boolean equals(Object other) {
        return other instanceof Reader && Generated.equal(this, (Reader) other);
      }

      /**
       * A hash of the canonical form, consistent with {@link #equals}.
       */
      @Override
      public int hashCode() {
        return Generated.hash(this);
      }
    }

    /**
     * Writes a {@code AppendEntries} in place.
     */
    public static final class Builder extends StructBuilder {
      /**
       * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
       */
      public Builder() {
        super(_Meta.SIZE);
      }

      public long getPrevLogIndex() {
        return readLong(0, 0L);
      }

      public Builder setPrevLogIndex(long value) {
        writeLong(0, value, 0L);
        return this;
      }

      public long getPrevLogTerm() {
        return readLong(8, 0L);
      }

      public Builder setPrevLogTerm(long value) {
        writeLong(8, value, 0L);
        return this;
      }

      /**
       * the leader's commit index
       */
      public long getCommit() {
        return readLong(16, 0L);
      }

      /**
       * the leader's commit index
       */
      public Builder setCommit(long value) {
        writeLong(16, value, 0L);
        return this;
      }

      /**
       * number of records in `records`
       */
      public int getCount() {
        return readInt(24, 0);
      }

      /**
       * number of records in `records`
       */
      public Builder setCount(int value) {
        writeInt(24, value, 0);
        return this;
      }

      /**
       * a contiguous run of log records (see the file comment)
       */
      public boolean hasRecords() {
        return readHasPointer(0);
      }

      /**
       * a contiguous run of log records (see the file comment)
       */
      public DataBuilder getRecords() {
        return openData(0, new DataBuilder(), null);
      }

      /**
       * a contiguous run of log records (see the file comment)
       */
      public DataBuilder getRecords(DataBuilder reuse) {
        return openData(0, reuse, null);
      }

      /**
       * a contiguous run of log records (see the file comment)
       */
      public Builder setRecords(byte[] value) {
        writeData(0, value, 0, value.length);
        return this;
      }

      /**
       * a contiguous run of log records (see the file comment)
       */
      public Builder setRecords(ByteBuffer value) {
        writeData(0, value);
        return this;
      }

      /**
       * a contiguous run of log records (see the file comment)
       */
      public Builder setRecords(DataReader value) {
        copyData(0, value);
        return this;
      }

      /**
       * a contiguous run of log records (see the file comment)
       */
      public DataBuilder initRecords(int bytes) {
        return newData(0, bytes, new DataBuilder());
      }

      /**
       * A reader over what this builder has written (zero-copy).
       */
      public Reader asReader() {
        return asReader(new Reader());
      }

      /**
       * What this builder has written, as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        return asReader().toString();
      }
    }
  }

  /**
   * Struct {@code AppendEntriesResponse}.
   */
  public static final class AppendEntriesResponse {
    private AppendEntriesResponse() {
    }

    /**
     * Generator-owned metadata of this struct.
     */
    public static final class _Meta {
      /**
       * The schema's 64-bit id of this node.
       */
      public static final long TYPE_ID = 0xb037345f1e686903L;

      /**
       * Data words and pointers of this struct.
       */
      public static final StructSize SIZE = new StructSize(4, 0);

      private _Meta() {
      }
    }

    /**
     * Reads a {@code AppendEntriesResponse} in place; re-pointable, allocation-free.
     */
    public static final class Reader extends StructReader {
      /**
       * An unpointed reader (the empty struct until pointed somewhere).
       */
      public Reader() {
      }

      public boolean getReject() {
        return readBool(0, false);
      }

      /**
       * Accepted: the last index the follower now holds from this request (durably: the response is
       * sent only after the records are synced). Rejected: the request's prevLogIndex.
       */
      public long getIndex() {
        return readLong(8, 0L);
      }

      public long getHintIndex() {
        return readLong(16, 0L);
      }

      /**
       * Rejected only, the conflict hint: the largest index <= min(prevLogIndex, lastIndex) whose term
       * is <= prevLogTerm in the follower's log, and that term. The leader skips whole terms with it,
       * so a diverged follower is repaired in O(terms) round trips, not O(entries).
       */
      public long getHintTerm() {
        return readLong(24, 0L);
      }

      /**
       * Prints this struct in the Cap'n Proto text format to {@code p}.
       */
      public void printTo(TextPrinter p) {
        p.beginStruct();
        p.field("reject");
        p.valueBool(getReject());
        p.field("index");
        p.valueUInt64(getIndex());
        p.field("hintIndex");
        p.valueUInt64(getHintIndex());
        p.field("hintTerm");
        p.valueUInt64(getHintTerm());
        p.end();
      }

      /**
       * This struct as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toShortString();
      }

      /**
       * This struct as {@code capnp decode} prints it (without the final newline).
       */
      public String toPrettyString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toPrettyString();
      }

      /**
       * Value equality: equal canonical forms.
       */
      @Override
      public boolean equals(Object other) {
        return other instanceof Reader && Generated.equal(this, (Reader) other);
      }

      /**
       * A hash of the canonical form, consistent with {@link #equals}.
       */
      @Override
      public int hashCode() {
        return Generated.hash(this);
      }
    }

    /**
     * Writes a {@code AppendEntriesResponse} in place.
     */
    public static final class Builder extends StructBuilder {
      /**
       * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
       */
      public Builder() {
        super(_Meta.SIZE);
      }

      public boolean getReject() {
        return readBool(0, false);
      }

      public Builder setReject(boolean value) {
        writeBool(0, value, false);
        return this;
      }

      /**
       * Accepted: the last index the follower now holds from this request (durably: the response is
       * sent only after the records are synced). Rejected: the request's prevLogIndex.
       */
      public long getIndex() {
        return readLong(8, 0L);
      }

      /**
       * Accepted: the last index the follower now holds from this request (durably: the response is
       * sent only after the records are synced). Rejected: the request's prevLogIndex.
       */
      public Builder setIndex(long value) {
        writeLong(8, value, 0L);
        return this;
      }

      public long getHintIndex() {
        return readLong(16, 0L);
      }

      public Builder setHintIndex(long value) {
        writeLong(16, value, 0L);
        return this;
      }

      /**
       * Rejected only, the conflict hint: the largest index <= min(prevLogIndex, lastIndex) whose term
       * is <= prevLogTerm in the follower's log, and that term. The leader skips whole terms with it,
       * so a diverged follower is repaired in O(terms) round trips, not O(entries).
       */
      public long getHintTerm() {
        return readLong(24, 0L);
      }

      /**
       * Rejected only, the conflict hint: the largest index <= min(prevLogIndex, lastIndex) whose term
       * is <= prevLogTerm in the follower's log, and that term. The leader skips whole terms with it,
       * so a diverged follower is repaired in O(terms) round trips, not O(entries).
       */
      public Builder setHintTerm(long value) {
        writeLong(24, value, 0L);
        return this;
      }

      /**
       * A reader over what this builder has written (zero-copy).
       */
      public Reader asReader() {
        return asReader(new Reader());
      }

      /**
       * What this builder has written, as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        return asReader().toString();
      }
    }
  }

  /**
   * Struct {@code RequestVote}.
   */
  public static final class RequestVote {
    private RequestVote() {
    }

    /**
     * Generator-owned metadata of this struct.
     */
    public static final class _Meta {
      /**
       * The schema's 64-bit id of this node.
       */
      public static final long TYPE_ID = 0x8183790ad3d3cc53L;

      /**
       * Data words and pointers of this struct.
       */
      public static final StructSize SIZE = new StructSize(3, 0);

      private _Meta() {
      }
    }

    /**
     * Reads a {@code RequestVote} in place; re-pointable, allocation-free.
     */
    public static final class Reader extends StructReader {
      /**
       * An unpointed reader (the empty struct until pointed somewhere).
       */
      public Reader() {
      }

      public long getLastLogIndex() {
        return readLong(0, 0L);
      }

      public long getLastLogTerm() {
        return readLong(8, 0L);
      }

      /**
       * a pre-vote: no one changes term or vote for it
       */
      public boolean getPreVote() {
        return readBool(128, false);
      }

      /**
       * sent because of TimeoutNow: voters ignore their leader lease
       */
      public boolean getTransfer() {
        return readBool(129, false);
      }

      /**
       * Prints this struct in the Cap'n Proto text format to {@code p}.
       */
      public void printTo(TextPrinter p) {
        p.beginStruct();
        p.field("lastLogIndex");
        p.valueUInt64(getLastLogIndex());
        p.field("lastLogTerm");
        p.valueUInt64(getLastLogTerm());
        p.field("preVote");
        p.valueBool(getPreVote());
        p.field("transfer");
        p.valueBool(getTransfer());
        p.end();
      }

      /**
       * This struct as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toShortString();
      }

      /**
       * This struct as {@code capnp decode} prints it (without the final newline).
       */
      public String toPrettyString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toPrettyString();
      }

      /**
       * Value equality: equal canonical forms.
       */
      @Override
      public boolean equals(Object other) {
        return other instanceof Reader && Generated.equal(this, (Reader) other);
      }

      /**
       * A hash of the canonical form, consistent with {@link #equals}.
       */
      @Override
      public int hashCode() {
        return Generated.hash(this);
      }
    }

    /**
     * Writes a {@code RequestVote} in place.
     */
    public static final class Builder extends StructBuilder {
      /**
       * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
       */
      public Builder() {
        super(_Meta.SIZE);
      }

      public long getLastLogIndex() {
        return readLong(0, 0L);
      }

      public Builder setLastLogIndex(long value) {
        writeLong(0, value, 0L);
        return this;
      }

      public long getLastLogTerm() {
        return readLong(8, 0L);
      }

      public Builder setLastLogTerm(long value) {
        writeLong(8, value, 0L);
        return this;
      }

      /**
       * a pre-vote: no one changes term or vote for it
       */
      public boolean getPreVote() {
        return readBool(128, false);
      }

      /**
       * a pre-vote: no one changes term or vote for it
       */
      public Builder setPreVote(boolean value) {
        writeBool(128, value, false);
        return this;
      }

      /**
       * sent because of TimeoutNow: voters ignore their leader lease
       */
      public boolean getTransfer() {
        return readBool(129, false);
      }

      /**
       * sent because of TimeoutNow: voters ignore their leader lease
       */
      public Builder setTransfer(boolean value) {
        writeBool(129, value, false);
        return this;
      }

      /**
       * A reader over what this builder has written (zero-copy).
       */
      public Reader asReader() {
        return asReader(new Reader());
      }

      /**
       * What this builder has written, as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        return asReader().toString();
      }
    }
  }

  /**
   * Struct {@code RequestVoteResponse}.
   */
  public static final class RequestVoteResponse {
    private RequestVoteResponse() {
    }

    /**
     * Generator-owned metadata of this struct.
     */
    public static final class _Meta {
      /**
       * The schema's 64-bit id of this node.
       */
      public static final long TYPE_ID = 0xfd9973a7bc9b0e30L;

      /**
       * Data words and pointers of this struct.
       */
      public static final StructSize SIZE = new StructSize(1, 0);

      private _Meta() {
      }
    }

    /**
     * Reads a {@code RequestVoteResponse} in place; re-pointable, allocation-free.
     */
    public static final class Reader extends StructReader {
      /**
       * An unpointed reader (the empty struct until pointed somewhere).
       */
      public Reader() {
      }

      public boolean getGranted() {
        return readBool(0, false);
      }

      public boolean getPreVote() {
        return readBool(1, false);
      }

      /**
       * Prints this struct in the Cap'n Proto text format to {@code p}.
       */
      public void printTo(TextPrinter p) {
        p.beginStruct();
        p.field("granted");
        p.valueBool(getGranted());
        p.field("preVote");
        p.valueBool(getPreVote());
        p.end();
      }

      /**
       * This struct as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toShortString();
      }

      /**
       * This struct as {@code capnp decode} prints it (without the final newline).
       */
      public String toPrettyString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toPrettyString();
      }

      /**
       * Value equality: equal canonical forms.
       */
      @Override
      public boolean equals(Object other) {
        return other instanceof Reader && Generated.equal(this, (Reader) other);
      }

      /**
       * A hash of the canonical form, consistent with {@link #equals}.
       */
      @Override
      public int hashCode() {
        return Generated.hash(this);
      }
    }

    /**
     * Writes a {@code RequestVoteResponse} in place.
     */
    public static final class Builder extends StructBuilder {
      /**
       * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
       */
      public Builder() {
        super(_Meta.SIZE);
      }

      public boolean getGranted() {
        return readBool(0, false);
      }

      public Builder setGranted(boolean value) {
        writeBool(0, value, false);
        return this;
      }

      public boolean getPreVote() {
        return readBool(1, false);
      }

      public Builder setPreVote(boolean value) {
        writeBool(1, value, false);
        return this;
      }

      /**
       * A reader over what this builder has written (zero-copy).
       */
      public Reader asReader() {
        return asReader(new Reader());
      }

      /**
       * What this builder has written, as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        return asReader().toString();
      }
    }
  }

  /**
   * Struct {@code Heartbeat}.
   */
  public static final class Heartbeat {
    private Heartbeat() {
    }

    /**
     * Generator-owned metadata of this struct.
     */
    public static final class _Meta {
      /**
       * The schema's 64-bit id of this node.
       */
      public static final long TYPE_ID = 0xaab690488f93298eL;

      /**
       * Data words and pointers of this struct.
       */
      public static final StructSize SIZE = new StructSize(2, 0);

      private _Meta() {
      }
    }

    /**
     * Reads a {@code Heartbeat} in place; re-pointable, allocation-free.
     */
    public static final class Reader extends StructReader {
      /**
       * An unpointed reader (the empty struct until pointed somewhere).
       */
      public Reader() {
      }

      /**
       * min(the follower's match index, the leader's commit)
       */
      public long getCommit() {
        return readLong(0, 0L);
      }

      /**
       * the newest ReadIndex batch this heartbeat confirms (0: none)
       */
      public long getReadId() {
        return readLong(8, 0L);
      }

      /**
       * Prints this struct in the Cap'n Proto text format to {@code p}.
       */
      public void printTo(TextPrinter p) {
        p.beginStruct();
        p.field("commit");
        p.valueUInt64(getCommit());
        p.field("readId");
        p.valueUInt64(getReadId());
        p.end();
      }

      /**
       * This struct as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toShortString();
      }

      /**
       * This struct as {@code capnp decode} prints it (without the final newline).
       */
      public String toPrettyString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toPrettyString();
      }

      /**
       * Value equality: equal canonical forms.
       */
      @Override
      public boolean equals(Object other) {
        return other instanceof Reader && Generated.equal(this, (Reader) other);
      }

      /**
       * A hash of the canonical form, consistent with {@link #equals}.
       */
      @Override
      public int hashCode() {
        return Generated.hash(this);
      }
    }

    /**
     * Writes a {@code Heartbeat} in place.
     */
    public static final class Builder extends StructBuilder {
      /**
       * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
       */
      public Builder() {
        super(_Meta.SIZE);
      }

      /**
       * min(the follower's match index, the leader's commit)
       */
      public long getCommit() {
        return readLong(0, 0L);
      }

      /**
       * min(the follower's match index, the leader's commit)
       */
      public Builder setCommit(long value) {
        writeLong(0, value, 0L);
        return this;
      }

      /**
       * the newest ReadIndex batch this heartbeat confirms (0: none)
       */
      public long getReadId() {
        return readLong(8, 0L);
      }

      /**
       * the newest ReadIndex batch this heartbeat confirms (0: none)
       */
      public Builder setReadId(long value) {
        writeLong(8, value, 0L);
        return this;
      }

      /**
       * A reader over what this builder has written (zero-copy).
       */
      public Reader asReader() {
        return asReader(new Reader());
      }

      /**
       * What this builder has written, as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        return asReader().toString();
      }
    }
  }

  /**
   * Struct {@code HeartbeatResponse}.
   */
  public static final class HeartbeatResponse {
    private HeartbeatResponse() {
    }

    /**
     * Generator-owned metadata of this struct.
     */
    public static final class _Meta {
      /**
       * The schema's 64-bit id of this node.
       */
      public static final long TYPE_ID = 0xd541a4d4ac5dfc27L;

      /**
       * Data words and pointers of this struct.
       */
      public static final StructSize SIZE = new StructSize(1, 0);

      private _Meta() {
      }
    }

    /**
     * Reads a {@code HeartbeatResponse} in place; re-pointable, allocation-free.
     */
    public static final class Reader extends StructReader {
      /**
       * An unpointed reader (the empty struct until pointed somewhere).
       */
      public Reader() {
      }

      /**
       * echoes Heartbeat.readId
       */
      public long getReadId() {
        return readLong(0, 0L);
      }

      /**
       * Prints this struct in the Cap'n Proto text format to {@code p}.
       */
      public void printTo(TextPrinter p) {
        p.beginStruct();
        p.field("readId");
        p.valueUInt64(getReadId());
        p.end();
      }

      /**
       * This struct as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toShortString();
      }

      /**
       * This struct as {@code capnp decode} prints it (without the final newline).
       */
      public String toPrettyString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toPrettyString();
      }

      /**
       * Value equality: equal canonical forms.
       */
      @Override
      public boolean equals(Object other) {
        return other instanceof Reader && Generated.equal(this, (Reader) other);
      }

      /**
       * A hash of the canonical form, consistent with {@link #equals}.
       */
      @Override
      public int hashCode() {
        return Generated.hash(this);
      }
    }

    /**
     * Writes a {@code HeartbeatResponse} in place.
     */
    public static final class Builder extends StructBuilder {
      /**
       * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
       */
      public Builder() {
        super(_Meta.SIZE);
      }

      /**
       * echoes Heartbeat.readId
       */
      public long getReadId() {
        return readLong(0, 0L);
      }

      /**
       * echoes Heartbeat.readId
       */
      public Builder setReadId(long value) {
        writeLong(0, value, 0L);
        return this;
      }

      /**
       * A reader over what this builder has written (zero-copy).
       */
      public Reader asReader() {
        return asReader(new Reader());
      }

      /**
       * What this builder has written, as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        return asReader().toString();
      }
    }
  }

  /**
   * Enum {@code raft.capnp:EntryKind}.
   */
  public enum EntryKind implements CapnpEnum {
    /**
     * a client command for the state machine
     */
    NORMAL("normal"),

    /**
     * the entry a new leader commits first, to commit its predecessors' entries
     */
    NOOP("noop"),

    /**
     * A value this schema does not know (written by a newer one).
     */
    _UNKNOWN((String) null);

    /**
     * The schema's 64-bit id of this enum.
     */
    public static final long _TYPE_ID = 0xc7fb5f2b1f6302efL;

    private static final EntryKind[] _VALUES = {NORMAL, NOOP};

    private final String schemaName;

    EntryKind(String schemaName) {
      this.schemaName = schemaName;
    }

    /**
     * The enumerant's name in the schema, or null for {@code _UNKNOWN}.
     */
    @Override
    public String schemaName() {
      return schemaName;
    }

    /**
     * The constant for wire value {@code value}, or {@code _UNKNOWN}.
     */
    public static EntryKind fromValue(int value) {
      return value >= 0 && value < _VALUES.length ? _VALUES[value] : _UNKNOWN;
    }
  }

  /**
   * One log entry; framed and CRC-protected it forms a record.
   */
  public static final class Entry {
    private Entry() {
    }

    /**
     * Generator-owned metadata of this struct.
     */
    public static final class _Meta {
      /**
       * The schema's 64-bit id of this node.
       */
      public static final long TYPE_ID = 0xc77d6ba77217e070L;

      /**
       * Data words and pointers of this struct.
       */
      public static final StructSize SIZE = new StructSize(3, 1);

      private _Meta() {
      }
    }

    /**
     * Reads a {@code Entry} in place; re-pointable, allocation-free.
     */
    public static final class Reader extends StructReader {
      /**
       * An unpointed reader (the empty struct until pointed somewhere).
       */
      public Reader() {
      }

      public long getTerm() {
        return readLong(0, 0L);
      }

      public long getIndex() {
        return readLong(8, 0L);
      }

      public EntryKind getKind() {
        return EntryKind.fromValue(readShort(16, (short) 0) & 0xFFFF);
      }

      public boolean hasPayload() {
        return readHasPointer(0);
      }

      public byte[] getPayload() {
        return readData(0, new DataReader(), null).toByteArray();
      }

      public DataReader getPayload(DataReader reuse) {
        return readData(0, reuse, null);
      }

      /**
       * Prints this struct in the Cap'n Proto text format to {@code p}.
       */
      public void printTo(TextPrinter p) {
        p.beginStruct();
        p.field("term");
        p.valueUInt64(getTerm());
        p.field("index");
        p.valueUInt64(getIndex());
        p.field("kind");
        Generated.printEnum(p, getKind(), readShort(16, (short) 0) & 0xFFFF);
        if (hasPayload()) {
          p.field("payload");
          DataReader d = getPayload(new DataReader());
          p.valueData(d.buffer(), d.offset(), d.size());
        }
        p.end();
      }

      /**
       * This struct as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toShortString();
      }

      /**
       * This struct as {@code capnp decode} prints it (without the final newline).
       */
      public String toPrettyString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toPrettyString();
      }

      /**
       * Value equality: equal canonical forms.
       */
      @Override
      public boolean equals(Object other) {
        return other instanceof Reader && Generated.equal(this, (Reader) other);
      }

      /**
       * A hash of the canonical form, consistent with {@link #equals}.
       */
      @Override
      public int hashCode() {
        return Generated.hash(this);
      }
    }

    /**
     * Writes a {@code Entry} in place.
     */
    public static final class Builder extends StructBuilder {
      /**
       * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
       */
      public Builder() {
        super(_Meta.SIZE);
      }

      public long getTerm() {
        return readLong(0, 0L);
      }

      public Builder setTerm(long value) {
        writeLong(0, value, 0L);
        return this;
      }

      public long getIndex() {
        return readLong(8, 0L);
      }

      public Builder setIndex(long value) {
        writeLong(8, value, 0L);
        return this;
      }

      public EntryKind getKind() {
        return EntryKind.fromValue(readShort(16, (short) 0) & 0xFFFF);
      }

      public Builder setKind(EntryKind value) {
        if (value == EntryKind._UNKNOWN) {
          throw new IllegalArgumentException("cannot write the unknown enum constant");
        }
        writeShort(16, (short) value.ordinal(), (short) 0);
        return this;
      }

      public boolean hasPayload() {
        return readHasPointer(0);
      }

      public DataBuilder getPayload() {
        return openData(0, new DataBuilder(), null);
      }

      public DataBuilder getPayload(DataBuilder reuse) {
        return openData(0, reuse, null);
      }

      public Builder setPayload(byte[] value) {
        writeData(0, value, 0, value.length);
        return this;
      }

      public Builder setPayload(ByteBuffer value) {
        writeData(0, value);
        return this;
      }

      public Builder setPayload(DataReader value) {
        copyData(0, value);
        return this;
      }

      public DataBuilder initPayload(int bytes) {
        return newData(0, bytes, new DataBuilder());
      }

      /**
       * A reader over what this builder has written (zero-copy).
       */
      public Reader asReader() {
        return asReader(new Reader());
      }

      /**
       * What this builder has written, as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        return asReader().toString();
      }
    }
  }

  /**
   * What a node must persist before sending any message that depends on it.
   */
  public static final class HardState {
    private HardState() {
    }

    /**
     * Generator-owned metadata of this struct.
     */
    public static final class _Meta {
      /**
       * The schema's 64-bit id of this node.
       */
      public static final long TYPE_ID = 0xf823ddb1900d5420L;

      /**
       * Data words and pointers of this struct.
       */
      public static final StructSize SIZE = new StructSize(3, 0);

      private _Meta() {
      }
    }

    /**
     * Reads a {@code HardState} in place; re-pointable, allocation-free.
     */
    public static final class Reader extends StructReader {
      /**
       * An unpointed reader (the empty struct until pointed somewhere).
       */
      public Reader() {
      }

      public long getTerm() {
        return readLong(0, 0L);
      }

      /**
       * 0: no vote in this term
       */
      public int getVote() {
        return readInt(8, 0);
      }

      public long getCommit() {
        return readLong(16, 0L);
      }

      /**
       * Prints this struct in the Cap'n Proto text format to {@code p}.
       */
      public void printTo(TextPrinter p) {
        p.beginStruct();
        p.field("term");
        p.valueUInt64(getTerm());
        p.field("vote");
        p.valueInt(Integer.toUnsignedLong(getVote()));
        p.field("commit");
        p.valueUInt64(getCommit());
        p.end();
      }

      /**
       * This struct as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toShortString();
      }

      /**
       * This struct as {@code capnp decode} prints it (without the final newline).
       */
      public String toPrettyString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toPrettyString();
      }

      /**
       * Value equality: equal canonical forms.
       */
      @Override
      public boolean equals(Object other) {
        return other instanceof Reader && Generated.equal(this, (Reader) other);
      }

      /**
       * A hash of the canonical form, consistent with {@link #equals}.
       */
      @Override
      public int hashCode() {
        return Generated.hash(this);
      }
    }

    /**
     * Writes a {@code HardState} in place.
     */
    public static final class Builder extends StructBuilder {
      /**
       * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
       */
      public Builder() {
        super(_Meta.SIZE);
      }

      public long getTerm() {
        return readLong(0, 0L);
      }

      public Builder setTerm(long value) {
        writeLong(0, value, 0L);
        return this;
      }

      /**
       * 0: no vote in this term
       */
      public int getVote() {
        return readInt(8, 0);
      }

      /**
       * 0: no vote in this term
       */
      public Builder setVote(int value) {
        writeInt(8, value, 0);
        return this;
      }

      public long getCommit() {
        return readLong(16, 0L);
      }

      public Builder setCommit(long value) {
        writeLong(16, value, 0L);
        return this;
      }

      /**
       * A reader over what this builder has written (zero-copy).
       */
      public Reader asReader() {
        return asReader(new Reader());
      }

      /**
       * What this builder has written, as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        return asReader().toString();
      }
    }
  }
}
