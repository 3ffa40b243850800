package dev.rast.raft.kv;

import dev.rast.capnp.DataReader;
import dev.rast.capnp.DecodeException;
import dev.rast.capnp.StructReader;
import dev.rast.raft.msg.KvMsg.KvRequest;
import dev.rast.raft.msg.KvMsg.Op;

/**
 * Checks a {@code KvRequest} completely: the op is one the schema defines, every field the op
 * uses decodes (Cap'n Proto decodes lazily, so a bad pointer would otherwise surface only when
 * the field is read: at apply time, on every replica), a write carries a session, and keys and
 * values are within {@link KvLimits}. A leader runs it before proposing (so a bad request is
 * answered and never logged); the state machine runs it without size limits before applying (so
 * a bad entry already in a log becomes a deterministic error result).
 *
 * <p>Allocates nothing for a valid request; the reason for an invalid one is a new string. Not
 * thread-safe (it reuses a reader): one per thread.
 */
public final class RequestCheck {
  private final KvLimits limits;
  private final boolean sessions;
  private final DataReader field = new DataReader();
  private final OpValue opValue = new OpValue();

  /** A leader's check: these size limits, and a write must carry a session (client id and sequence number > 0). */
  public RequestCheck(KvLimits limits) {
    this(limits, true);
  }

  private RequestCheck(KvLimits limits, boolean sessions) {
    this.limits = limits;
    this.sessions = sessions;
  }

  /**
   * The state machine's check of a committed entry: structure only. No size limits (replicas may
   * be configured differently) and no session rule (the state machine has always applied what a
   * leader logged; a write without a session number is simply stale).
   */
  static RequestCheck structure() {
    return new RequestCheck(KvLimits.NONE, false);
  }

  /**
   * Returns null when {@code r} may be served (get, status) or proposed (a write), else the reason
   * it may not, naming the field. {@code r} must be the root of a message that framed correctly.
   */
  public String check(KvRequest.Reader r) {
    Op op = r.getOp();
    switch (op) {
      case STATUS -> {
        return null;
      }
      case GET -> {
        return data(r, 0, limits.maxKeyBytes());
      }
      case PUT, CPUT, DELETE -> {
        if (sessions && (r.getClientId() <= 0 || r.getSeq() <= 0)) {
          return "a " + op.schemaName() + " needs a client id and a sequence number > 0";
        }
        String bad = data(r, 0, limits.maxKeyBytes());
        if (bad == null) {
          bad = data(r, 1, limits.maxValueBytes());
        }
        if (bad == null) {
          bad = data(r, 2, limits.maxValueBytes());
        }
        return bad;
      }
      case MEMBERS -> {
        return null;
      }
      case ADD_MEMBER, PROMOTE_MEMBER, REMOVE_MEMBER, TRANSFER_LEADER -> {
        if (r.getNode() <= 0) {
          return op.schemaName() + " needs a node id > 0";
        }
        if (op != Op.ADD_MEMBER) {
          return null;
        }
        try {
          return r.hasAddress() && r.getAddress().length() <= 512
              ? null
              : "addMember needs an address HOST:PEERPORT:CLIENTPORT (at most 512 bytes)";
        } catch (DecodeException e) {
          return "malformed request: the address does not decode: " + e.getMessage();
        }
      }
      default -> {
        return "unknown op " + opValue.of(r)
            + " (known: get, put, cput, delete, status and the member operations)";
      }
    }
  }

  /** Decodes pointer field {@code which} (0 key, 1 value, 2 expected) and checks its size. */
  private String data(KvRequest.Reader r, int which, int max) {
    DataReader d;
    try {
      d = switch (which) {
        case 0 -> r.getKey(field);
        case 1 -> r.getValue(field);
        default -> r.getExpected(field);
      };
    } catch (DecodeException e) {
      return "malformed request: the " + NAMES[which] + " does not decode: " + e.getMessage();
    }
    if (d.size() > max) {
      return NAMES[which] + " of " + d.size() + " bytes is larger than the limit of " + max
          + " bytes";
    }
    return null;
  }

  private static final String[] NAMES = {"key", "value", "expected value"};

  /** Reads the op's raw wire value, which the generated reader maps to {@code _UNKNOWN} when it is not in the schema. */
  private static final class OpValue extends StructReader {
    /** Byte offset of {@code KvRequest.op} (@4, the 17th 16-bit slot of the data section). */
    private static final int OP_OFFSET = 32;

    int of(KvRequest.Reader r) {
      wrap(r);
      return readShort(OP_OFFSET, (short) 0) & 0xFFFF;
    }
  }
}
