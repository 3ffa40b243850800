package dev.rast.raft.node;

import java.util.Arrays;

/**
 * The leader's writes waiting to be applied, keyed by their log index: a ring of parallel arrays
 * (slot = index mod capacity) so that registering a proposal and finding it again at apply time
 * allocate nothing (a map keyed by session would box a key and allocate an entry per write). The
 * ring doubles when two waiting writes would share a slot; the waiting writes always span a window
 * of the log not much wider than the writes in flight. Not thread-safe (the event loop owns it).
 */
final class PendingWrites {
  private long[] index = new long[1024];
  private ClientConn[] conn = new ClientConn[1024];
  private long[] requestId = new long[1024];
  private Node.Callback[] callback = new Node.Callback[1024];
  private int size;
  /** Where {@link #takeAny} resumes, so draining every write is one pass. */
  private int scan;

  // what take() found
  ClientConn takenConn;
  long takenRequestId;
  Node.Callback takenCallback;

  /** Registers the write proposed at log {@code idx}, answered on {@code c} (id {@code id}) or through {@code cb}. */
  void add(long idx, ClientConn c, long id, Node.Callback cb) {
    while (true) {
      int s = (int) (idx & (index.length - 1));
      if (index[s] == 0) {
        index[s] = idx;
        conn[s] = c;
        requestId[s] = id;
        callback[s] = cb;
        size++;
        return;
      }
      grow();
    }
  }

  /** Removes the write waiting at {@code idx}, if any, into the {@code taken*} fields; returns whether there was one. */
  boolean take(long idx) {
    if (size == 0) {
      return false;
    }
    int s = (int) (idx & (index.length - 1));
    if (index[s] != idx) {
      return false;
    }
    takenConn = conn[s];
    takenRequestId = requestId[s];
    takenCallback = callback[s];
    index[s] = 0;
    conn[s] = null;
    callback[s] = null;
    size--;
    return true;
  }

  /** Removes the first waiting write found (in slot order) into the {@code taken*} fields; false when none is left. */
  boolean takeAny() {
    if (size == 0) {
      scan = 0;
      return false;
    }
    for (; scan < index.length; scan++) {
      if (index[scan] != 0) {
        return take(index[scan]);
      }
    }
    scan = 0;
    return false;
  }

  boolean isEmpty() {
    return size == 0;
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] oldIndex = index;
    ClientConn[] oldConn = conn;
    long[] oldId = requestId;
    Node.Callback[] oldCb = callback;
    int cap = oldIndex.length * 2;
    while (true) {
      index = new long[cap];
      conn = new ClientConn[cap];
      requestId = new long[cap];
      callback = new Node.Callback[cap];
      boolean clash = false;
      for (int i = 0; i < oldIndex.length && !clash; i++) {
        if (oldIndex[i] != 0) {
          int s = (int) (oldIndex[i] & (cap - 1));
          if (index[s] != 0) {
            clash = true;
          } else {
            index[s] = oldIndex[i];
            conn[s] = oldConn[i];
            requestId[s] = oldId[i];
            callback[s] = oldCb[i];
          }
        }
      }
      if (!clash) {
        scan = 0;
        return;
      }
      cap *= 2;
    }
  }

  /** Drops every waiting write (for tests of the ring). */
  void clear() {
    Arrays.fill(index, 0);
    Arrays.fill(conn, null);
    Arrays.fill(callback, null);
    size = 0;
    scan = 0;
  }
}
