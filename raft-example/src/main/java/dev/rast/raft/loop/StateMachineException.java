package dev.rast.raft.loop;

/** The state machine failed applying a committed entry: the node stops with this error. */
public final class StateMachineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StateMachineException(String message, Throwable cause) {
    super(message, cause);
  }
}
