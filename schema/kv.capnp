# Client protocol of the rast key-value service.
#
# A client sends `KvRequest`s and the node answers each with a `KvResponse` carrying the same `id`;
# many requests may be outstanding on one connection (pipelining) and responses may come in any
# order. On the wire every message is a length-framed Cap'n Proto message:
#
#   frame := length:u32le  message:bytes[length]     (message in the standard stream framing)
#
# A write (put, cput, delete) is logged as its request's framed bytes, unchanged: the entry payload
# *is* the `KvRequest`. Client sessions make retries exactly-once: a write carries the client's id
# and a sequence number; the state machine remembers each session's results for the sequence
# numbers at or above `ackedBelow` and answers a retried write with the recorded result.

@0xd6a1c3b2e4f50719;

using Java = import "/capnp/java.capnp";
$Java.package("dev.rast.raft.msg");
$Java.outerClassname("KvMsg");

enum Op {
  get @0;
  put @1;
  cput @2;      # compare-and-put: put `value` if the current value equals `expected`
  delete @3;
  status @4;    # the node's status as JSON text in `value` (served by any node)
  # Administration (served by the leader; a follower answers notLeader). Each change waits until
  # its config entry is committed, then answers ok with the new configuration in `members`.
  members @5;         # the configuration in effect (`members`)
  addMember @6;       # add `node` at `address` as a learner (`learner`) or a voter
  promoteMember @7;   # make learner `node` a voter (refused until it has caught up)
  removeMember @8;    # remove voter or learner `node` (the leader too: it hands over first)
  transferLeader @9;  # hand leadership to voter `node`; ok once it leads
}

struct KvRequest {
  id @0 :UInt64;          # chosen by the client, echoed in the response
  clientId @1 :UInt64;    # session: the client's id (writes only; > 0)
  seq @2 :UInt64;         # session: this write's sequence number (> 0, unique per client)
  ackedBelow @3 :UInt64;  # session: the client has every result of sequence numbers below this
  op @4 :Op;
  key @5 :Data;
  value @6 :Data;         # put, cput: the new value
  expected @7 :Data;      # cput: the value expected
  expectAbsent @8 :Bool;  # cput: expect the key to be absent (then `expected` is ignored)
  node @9 :UInt32;        # administration: the node concerned
  address @10 :Text;      # addMember: HOST:PEERPORT:CLIENTPORT
  learner @11 :Bool;      # addMember: as a learner (the safe way: promote it once caught up)
}

enum Status {
  ok @0;
  notFound @1;          # get, delete: no such key
  compareFailed @2;     # cput: the current value differs from the expected one
  notLeader @3;         # retry at `leader` (0: unknown); nothing was done
  error @4;             # `message` says why
  refused @5;
  # administration: the change cannot be made now or at all (`message` says why: another change
  # in flight, the learner not caught up, an unknown node, the last voter...); nothing was done
}

struct KvResponse {
  id @0 :UInt64;
  status @1 :Status;
  value @2 :Data;         # get: the value; status: JSON
  leader @3 :UInt32;      # notLeader: the leader this node knows of (0: none)
  message @4 :Text;
  maxRequestBytes @5 :UInt32;
  # error for a request above the node's maximum size (then `id` is 0: the request was not read):
  # that maximum. The client fails its requests larger than this one with `message`.
  members @6 :List(MemberInfo);
  # administration: the configuration (after the change, once committed); also in a notLeader
  # answer when the node knows it, so clients learn new members' addresses from redirects
}

struct MemberInfo {
  id @0 :UInt32;
  host @1 :Text;
  peerPort @2 :UInt16;
  clientPort @3 :UInt16;  # 0: not known
  learner @4 :Bool;
}

# Snapshots of the key-value state machine. A snapshot file (raft-example's SnapshotFormat: header,
# checksummed chunks, end marker) holds a sequence of chunks, each one framed `KvSnapshotChunk`
# message: first one with every client session, then chunks of key-value pairs (`keys[i]` holds
# `values[i]`), a bounded number per chunk, so neither side ever holds the whole state as one
# message. Sessions travel with the data so that a restored node still answers a retried write with
# its recorded result (exactly-once survives a restore).

struct KvSnapshotChunk {
  keys @0 :List(Data);
  values @1 :List(Data);
  sessions @2 :List(KvSession);
}

struct KvSession {
  clientId @0 :UInt64;
  ackedBelow @1 :UInt64;  # results below this were forgotten (the client has them)
  seqs @2 :List(UInt64);  # the recorded results: seqs[i] was answered results[i]
  results @3 :List(Status);
}
