package dev.rast.raft.core;

import dev.rast.capnp.DecodeException;
import dev.rast.capnp.Framing;
import dev.rast.capnp.ListBuilder;
import dev.rast.capnp.ListReader;
import dev.rast.capnp.MessageBuilder;
import dev.rast.capnp.MessageReader;
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

  private final int[] voters;
  private final int[] learners;

  /** A configuration of these voters and learners (copied, sorted); ids must be > 0 and distinct. */
  public Membership(int[] voters, int[] learners) {
    this.voters = sortedCopy(voters);
    this.learners = sortedCopy(learners);
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
      case ADD_VOTER -> new Membership(with(voters, node), learners);
      case ADD_LEARNER -> new Membership(voters, with(learners, node));
      case PROMOTE -> new Membership(with(voters, node), without(learners, node));
      case REMOVE -> new Membership(without(voters, node), without(learners, node));
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
      return new Membership(ints(r.getVoters()), ints(r.getLearners()));
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
        && Arrays.equals(learners, m.learners);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(voters) * 31 + Arrays.hashCode(learners);
  }

  /** {@code voters=[1, 2, 3] learners=[4]}. */
  @Override
  public String toString() {
    return "voters=" + Arrays.toString(voters) + " learners=" + Arrays.toString(learners);
  }
}
