# Raft wire and log format of rast-java.
#
# One `Message` envelope carries every Raft message between nodes. The log is a sequence of
# *records*; a record is the unit the leader creates once, sends, and every follower writes to its
# log byte for byte as received:
#
#   record := length:u32le  entry:bytes[length]  crc:u32le
#
# `entry` is one `Entry` message in the standard stream framing (segment table + segments;
# `length` is a multiple of 8), and `crc` is the CRC32C (Castagnoli) of those `length` bytes,
# computed once, when the leader appends the entry. A record is 8 + length bytes, so a run of
# records keeps 8-byte alignment. `AppendEntries.records` holds a contiguous run of such records,
# which a follower verifies (CRC, term and index through generated readers) and appends unchanged:
# the bytes on the wire are the bytes on disk, and no entry is ever re-encoded.

@0xc21ff2e3a73e6618;

using Java = import "/capnp/java.capnp";
$Java.package("dev.rast.raft.msg");
$Java.outerClassname("RaftMsg");

struct Message {
  # The envelope of every message between two Raft nodes.

  from @0 :UInt32;       # sender's node id (ids are > 0)
  to @1 :UInt32;         # receiver's node id
  clusterId @2 :UInt64;  # messages of another cluster are dropped
  term @3 :UInt64;
  # The sender's current term, except in a pre-vote request (the term the sender would campaign in)
  # and a granted pre-vote response (the term of the request).

  union {
    appendEntries @4 :AppendEntries;
    appendEntriesResponse @5 :AppendEntriesResponse;
    requestVote @6 :RequestVote;
    requestVoteResponse @7 :RequestVoteResponse;
    heartbeat @8 :Heartbeat;
    heartbeatResponse @9 :HeartbeatResponse;
    timeoutNow @10 :Void;
    # Leadership transfer: the receiver campaigns at once, skipping pre-vote.
    installSnapshot @11 :InstallSnapshot;
    installSnapshotResponse @12 :InstallSnapshotResponse;
  }
}

struct InstallSnapshot {
  # Leader -> follower, when the follower needs entries the leader has compacted away: one chunk
  # of the leader's newest snapshot file, sent as its bytes are (the file format is raft-example's
  # SnapshotFormat: header, checksummed chunks, end marker), a bounded window of chunks in flight.
  # The follower writes the chunks to a temporary file, checks the whole file when `done`, publishes
  # it atomically and only then replaces its state and log. A chunk at offset 0 starts a transfer
  # over (a new leader, or a restart); a chunk past what the follower holds is answered with what
  # it holds, and the leader resumes from there.

  index @0 :UInt64;      # the last entry the snapshot covers
  term @1 :UInt64;       # that entry's term
  offset @2 :UInt64;     # where `data` starts in the file
  data @3 :Data;
  done @4 :Bool;         # the last chunk: `offset + data.size` is the file's size
}

struct InstallSnapshotResponse {
  index @0 :UInt64;      # the snapshot being received (InstallSnapshot.index)
  received @1 :UInt64;   # the bytes of it the follower holds, in order: the leader sends from here
}

struct AppendEntries {
  # Leader -> follower: append `count` records after (prevLogIndex, prevLogTerm).

  prevLogIndex @0 :UInt64;
  prevLogTerm @1 :UInt64;
  commit @2 :UInt64;     # the leader's commit index
  count @3 :UInt32;      # number of records in `records`
  records @4 :Data;      # a contiguous run of log records (see the file comment)
}

struct AppendEntriesResponse {
  reject @0 :Bool;
  index @1 :UInt64;
  # Accepted: the last index the follower now holds from this request (durably: the response is
  # sent only after the records are synced). Rejected: the request's prevLogIndex.
  hintIndex @2 :UInt64;
  hintTerm @3 :UInt64;
  # Rejected only, the conflict hint: the largest index <= min(prevLogIndex, lastIndex) whose term
  # is <= prevLogTerm in the follower's log, and that term. The leader skips whole terms with it,
  # so a diverged follower is repaired in O(terms) round trips, not O(entries).
}

struct RequestVote {
  lastLogIndex @0 :UInt64;
  lastLogTerm @1 :UInt64;
  preVote @2 :Bool;      # a pre-vote: no one changes term or vote for it
  transfer @3 :Bool;     # sent because of TimeoutNow: voters ignore their leader lease
}

struct RequestVoteResponse {
  granted @0 :Bool;
  preVote @1 :Bool;
}

struct Heartbeat {
  commit @0 :UInt64;     # min(the follower's match index, the leader's commit)
  readId @1 :UInt64;     # the newest ReadIndex batch this heartbeat confirms (0: none)
}

struct HeartbeatResponse {
  readId @0 :UInt64;     # echoes Heartbeat.readId
}

enum EntryKind {
  normal @0;             # a client command for the state machine
  noop @1;               # the entry a new leader commits first, to commit its predecessors' entries
  config @2;
  # A membership change: `payload` is one `Membership` message (stream framing), the whole new
  # configuration. It takes effect on each node as soon as the node appends it (Raft thesis §4.1),
  # and is undone if the entry is overwritten. Older readers see an unknown kind and skip it, as
  # they skip every entry that is not `normal`.
}

struct Membership {
  # A cluster configuration: who votes and who only receives the log. A node is in at most one
  # list; a node in neither is not a member. Carried by `config` entries and by snapshots (the
  # configuration as of the snapshot's last entry).
  voters @0 :List(UInt32);
  learners @1 :List(UInt32);
  members @2 :List(Member);
  # Where each member is reached (at most one per id; a member without one is reached through the
  # addresses a node was started with). Every node, and every client through the member list, learns
  # the addresses of new members from here. Absent in configurations written before it existed.
}

struct Member {
  # One member's addresses.
  id @0 :UInt32;
  host @1 :Text;
  peerPort @2 :UInt16;    # Raft messages between nodes
  clientPort @3 :UInt16;  # the client protocol (0: unknown)
}

struct Entry {
  # One log entry; framed and CRC-protected it forms a record.
  term @0 :UInt64;
  index @1 :UInt64;
  kind @2 :EntryKind;
  payload @3 :Data;
}

struct HardState {
  # What a node must persist before sending any message that depends on it.
  term @0 :UInt64;
  vote @1 :UInt32;       # 0: no vote in this term
  commit @2 :UInt64;
}
