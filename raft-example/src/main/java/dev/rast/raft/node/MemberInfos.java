package dev.rast.raft.node;

import dev.rast.capnp.StructListBuilder;
import dev.rast.raft.core.Member;
import dev.rast.raft.core.Membership;
import dev.rast.raft.msg.KvMsg.KvResponse;
import dev.rast.raft.msg.KvMsg.MemberInfo;

/** Writes a configuration into a client answer's {@code members} list. */
final class MemberInfos {
  private MemberInfos() {}

  /** Every voter, then every learner, each with the addresses the configuration carries (if any). */
  static void write(Membership m, KvResponse.Builder b) {
    int voters = m.voterCount();
    int n = voters + m.learnerCount();
    StructListBuilder<MemberInfo.Builder> list =
        b.initMembers(n, new StructListBuilder<>(MemberInfo.Builder::new));
    for (int i = 0; i < n; i++) {
      int id = i < voters ? m.voter(i) : m.learner(i - voters);
      MemberInfo.Builder e = list.get(i).setId(id).setLearner(i >= voters);
      Member a = m.address(id);
      if (a != null) {
        e.setHost(a.host()).setPeerPort((short) a.peerPort()).setClientPort((short) a.clientPort());
      }
    }
  }
}
