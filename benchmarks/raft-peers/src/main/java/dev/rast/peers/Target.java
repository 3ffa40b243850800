package dev.rast.peers;

import java.util.function.Consumer;

/** A running 3-node cluster of one Raft implementation, seen through one client path. */
interface Target extends AutoCloseable {
  /**
   * Submits one counter increment carrying {@code payload} as its command.
   *
   * @param done called once the command is committed and applied on the leader: with {@code null} on
   *     success, with the error otherwise
   */
  void submit(byte[] payload, Consumer<Throwable> done);

  /** The number of entries the leader's state machine has applied so far (warm-up included). */
  long applied();

  /** A short description of the configuration, printed before the run. */
  String describe();

  /** Stops the client and the nodes and deletes nothing (the caller owns the directory). */
  @Override
  void close() throws Exception;
}
