package dev.rast.raft.core;

import dev.rast.capnp.DecodeException;
import dev.rast.capnp.Framing;
import dev.rast.capnp.ListBuilder;
import dev.rast.capnp.ListReader;
import dev.rast.capnp.MessageBuilder;
import dev.rast.capnp.MessageReader;
import dev.rast.capnp.StructListBuilder;
import dev.rast.capnp.StructListReader;
import dev.rast.raft.msg.RaftMsg;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A cluster configuration: the voters (counted in every quorum: commit, election, ReadIndex,
 * check-quorum) and the learners (sent the log and snapshots, never counted). Immutable; ids are
 * kept sorted. Changes go one server at a time ({@link #whyNot}, {@link #apply}): any majority of
 * the old voters and any majority of the new ones then share a member, which is what makes a
 * single-server change safe without joint consensus.
 */
public final class Membership {
  private static final int[] NONE = new int[0];

  private static final Member[] NO_MEMBERS = new Member[0];

  private final int[] voters;
  private final int[] learners;
  /** The members' addresses, sorted by id; only members' (others are dropped), at most one each. */
  private final Member[] members;

  /** A configuration of these voters and learners (copied, sorted); ids must be > 0 and distinct. */
  public Membership(int[] voters, int[] learners) {
    this(voters, learners, NO_MEMBERS);
  }

  /**
   * A configuration of these voters and learners with the addresses of some or all of them
   * (addresses of ids that are not members are left out; an id listed twice is refused).
   */
  public Membership(int[] voters, int[] learners, Member[] addresses) {
    this.voters = sortedCopy(voters);
    this.learners = sortedCopy(learners);
    this.members = Arrays.stream(addresses)
        .filter(m -> contains(m.id()))
        .sorted(java.util.Comparator.comparingInt(Member::id))
        .toArray(Member[]::new);
    for (int i = 1; i < members.length; i++) {
      if (members[i].id() == members[i - 1].id()) {
        throw new IllegalArgumentException("node " + members[i].id() + " has two addresses");
      }
    }
    for (int v : this.voters) {
      if (v <= 0) {
        throw new IllegalArgumentException("node ids are > 0, not " + v);
      }
      if (indexOf(this.learners, v) >= 0) {
        throw new IllegalArgumentException("node " + v + " is both voter and learner");
      }
    }
    for (int l : this.learners) {
      if (l <= 0) {
        throw new IllegalArgumentException("node ids are > 0, not " + l);
      }
    }
    checkDistinct(this.voters);
    checkDistinct(this.learners);
  }

  /** A configuration of voters only. */
  public static Membership ofVoters(int[] voters) {
    return new Membership(voters, NONE);
  }

  private static int[] sortedCopy(int[] ids) {
    int[] c = ids.clone();
    Arrays.sort(c);
    return c;
  }

  private static void checkDistinct(int[] sorted) {
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] == sorted[i - 1]) {
        throw new IllegalArgumentException("node " + sorted[i] + " is listed twice");
      }
    }
  }

  private static int indexOf(int[] sorted, int id) {
    int i = Arrays.binarySearch(sorted, id);
    return i >= 0 ? i : -1;
  }

  /** The voters' ids, sorted (a copy). */
  public int[] voters() {
    return voters.clone();
  }

  /** The learners' ids, sorted (a copy). */
  public int[] learners() {
    return learners.clone();
  }

  public int voterCount() {
    return voters.length;
  }

  public int learnerCount() {
    return learners.length;
  }

  /** The {@code i}th voter (sorted order), without copying. */
  public int voter(int i) {
    return voters[i];
  }

  /** The {@code i}th learner (sorted order), without copying. */
  public int learner(int i) {
    return learners[i];
  }

  public boolean isVoter(int id) {
    return indexOf(voters, id) >= 0;
  }

  public boolean isLearner(int id) {
    return indexOf(learners, id) >= 0;
  }

  public boolean contains(int id) {
    return isVoter(id) || isLearner(id);
  }

  /** The address of member {@code id}, or null when the configuration does not carry one. */
  public Member address(int id) {
    for (Member m : members) {
      if (m.id() == id) {
        return m;
      }
    }
    return null;
  }

  /** The members' addresses this configuration carries, sorted by id (a copy). */
  public Member[] addresses() {
    return members.clone();
  }

  /**
   * This configuration with {@code m} as the address of member {@code m.id()} (replacing the one it
   * had); unchanged when {@code m} is null.
   */
  public Membership withAddress(Member m) {
    if (m == null) {
      return this;
    }
    Member[] a = Arrays.stream(members).filter(x -> x.id() != m.id()).toArray(Member[]::new);
    a = Arrays.copyOf(a, a.length + 1);
    a[a.length - 1] = m;
    return new Membership(voters, learners, a);
  }

  /** Votes (or acknowledgements) needed among the voters: a majority. */
  public int quorum() {
    return voters.length / 2 + 1;
  }

  /**
   * Why {@code change} of {@code node} cannot be applied to this configuration, or null when it
   * can: each change alters the voter set by at most one server, and never removes the last voter.
   */
  public String whyNot(MembershipChange change, int node) {
    if (node <= 0) {
      return "node ids are > 0, not " + node;
    }
    return switch (change) {
      case ADD_VOTER, ADD_LEARNER -> contains(node)
          ? "node " + node + " is already a " + (isVoter(node) ? "voter" : "learner")
          : null;
      case PROMOTE -> isLearner(node)
          ? null
          : "node " + node + (isVoter(node) ? " is already a voter" : " is not a learner");
      case REMOVE -> !contains(node)
          ? "node " + node + " is not a member"
          : isVoter(node) && voters.length == 1 ? "node " + node + " is the last voter" : null;
    };
  }

  /** This configuration after {@code change} of {@code node}; throws when {@link #whyNot} objects. */
  public Membership apply(MembershipChange change, int node) {
    String why = whyNot(change, node);
    if (why != null) {
      throw new IllegalArgumentException(why);
    }
    return switch (change) {
      case ADD_VOTER -> new Membership(with(voters, node), learners, members);
      case ADD_LEARNER -> new Membership(voters, with(learners, node), members);
      case PROMOTE -> new Membership(with(voters, node), without(learners, node), members);
      case REMOVE -> new Membership(without(voters, node), without(learners, node), members);
    };
  }

  private static int[] with(int[] ids, int id) {
    int[] c = Arrays.copyOf(ids, ids.length + 1);
    c[ids.length] = id;
    return c;
  }

  private static int[] without(int[] ids, int id) {
    return Arrays.stream(ids).filter(x -> x != id).toArray();
  }

  /** Encodes this configuration as one framed {@code Membership} message (a config entry's payload). */
  public ByteBuffer encode() {
    MessageBuilder mb = new MessageBuilder();
    RaftMsg.Membership.Builder b =
        mb.initRoot(RaftMsg.Membership._Meta.SIZE, new RaftMsg.Membership.Builder());
    ListBuilder v = b.initVoters(voters.length);
    for (int i = 0; i < voters.length; i++) {
      v.setInt(i, voters[i]);
    }
    ListBuilder l = b.initLearners(learners.length);
    for (int i = 0; i < learners.length; i++) {
      l.setInt(i, learners[i]);
    }
    if (members.length > 0) {
      StructListBuilder<RaftMsg.Member.Builder> a =
          b.initMembers(members.length, new StructListBuilder<>(RaftMsg.Member.Builder::new));
      for (int i = 0; i < members.length; i++) {
        Member m = members[i];
        a.get(i)
            .setId(m.id())
            .setHost(m.host())
            .setPeerPort((short) m.peerPort())
            .setClientPort((short) m.clientPort());
      }
    }
    ByteBuffer out =
        ByteBuffer.allocate((int) Framing.serializedSize(mb)).order(ByteOrder.LITTLE_ENDIAN);
    Framing.write(mb, out);
    return out.flip();
  }

  /**
   * Decodes a framed {@code Membership} message from the buffer's remaining bytes (position and
   * limit unchanged). Throws {@link DecodeException} when it does not decode or lists a bad id.
   */
  public static Membership decode(ByteBuffer framed) {
    ByteBuffer b = framed.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    RaftMsg.Membership.Reader r =
        Framing.read(b, new MessageReader()).getRoot(new RaftMsg.Membership.Reader());
    try {
      StructListReader<RaftMsg.Member.Reader> a = r.getMembers();
      Member[] members = new Member[a.size()];
      for (int i = 0; i < members.length; i++) {
        RaftMsg.Member.Reader m = a.get(i);
        members[i] = new Member(
            m.getId(),
            m.getHost().toString(),
            Short.toUnsignedInt(m.getPeerPort()),
            Short.toUnsignedInt(m.getClientPort()));
      }
      return new Membership(ints(r.getVoters()), ints(r.getLearners()), members);
    } catch (IllegalArgumentException e) {
      throw new DecodeException("membership: " + e.getMessage());
    }
  }

  private static int[] ints(ListReader l) {
    int[] a = new int[l.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = l.getInt(i);
    }
    return a;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Membership m
        && Arrays.equals(voters, m.voters)
        && Arrays.equals(learners, m.learners)
        && Arrays.equals(members, m.members);
  }

  @Override
  public int hashCode() {
    return (Arrays.hashCode(voters) * 31 + Arrays.hashCode(learners)) * 31
        + Arrays.hashCode(members);
  }

  /** {@code voters=[1, 2, 3] learners=[4]}. */
  @Override
  public String toString() {
    return "voters=" + Arrays.toString(voters) + " learners=" + Arrays.toString(learners);
  }
}
