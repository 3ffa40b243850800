package dev.rast.raft.node;

import dev.rast.capnp.DataReader;
import java.nio.ByteBuffer;

/**
 * The leader's reads waiting for their read index to be applied, keyed by read id: a ring of
 * parallel arrays (slot = id mod capacity), each slot keeping a byte array its key is copied into
 * (grown to the longest key it has held), so that registering a read and serving it allocate
 * nothing (a map of records held a boxed id, an entry, a record and a {@code String} key per read).
 * The ring doubles when two waiting reads would share a slot; read ids are given out in order and
 * the waiting ones span a window not much wider than the reads in flight. Not thread-safe (the
 * event loop owns it).
 */
final class PendingReads {
  private long[] ids = new long[256];
  private ClientConn[] conn = new ClientConn[256];
  private long[] requestId = new long[256];
  private byte[][] keys = new byte[256][];
  /** A view of each slot's key array, made when the array is. */
  private ByteBuffer[] keyViews = new ByteBuffer[256];

  private int[] keyLength = new int[256];
  private int size;
  /** Where {@link #takeAny} resumes, so draining every read is one pass. */
  private int scan;

  // what take() found; the key view is the slot's own, valid until the next add
  ClientConn takenConn;
  long takenRequestId;
  ByteBuffer takenKey;
  int takenKeyLength;

  /** Registers read {@code readId} (> 0) of {@code key}, answered on {@code c} with id {@code id}. */
  void add(long readId, ClientConn c, long id, DataReader key) {
    while (true) {
      int s = (int) (readId & (ids.length - 1));
      if (ids[s] == 0) {
        int n = key.size();
        if (keys[s] == null || keys[s].length < n) {
          keys[s] = new byte[Math.max(n, 32)];
          keyViews[s] = ByteBuffer.wrap(keys[s]);
        }
        key.copyTo(keys[s], 0);
        ids[s] = readId;
        conn[s] = c;
        requestId[s] = id;
        keyLength[s] = n;
        size++;
        return;
      }
      grow();
    }
  }

  /** Removes read {@code readId}, if waiting, into the {@code taken*} fields; returns whether it was. */
  boolean take(long readId) {
    if (size == 0) {
      return false;
    }
    int s = (int) (readId & (ids.length - 1));
    if (ids[s] != readId) {
      return false;
    }
    takenConn = conn[s];
    takenRequestId = requestId[s];
    takenKey = keyViews[s];
    takenKeyLength = keyLength[s];
    ids[s] = 0;
    conn[s] = null;
    size--;
    return true;
  }

  /** Removes the first waiting read found (in slot order) into the {@code taken*} fields; false when none is left. */
  boolean takeAny() {
    if (size == 0) {
      scan = 0;
      return false;
    }
    for (; scan < ids.length; scan++) {
      if (ids[scan] != 0) {
        return take(ids[scan]);
      }
    }
    scan = 0;
    return false;
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] oldIds = ids;
    ClientConn[] oldConn = conn;
    long[] oldRequestId = requestId;
    byte[][] oldKeys = keys;
    ByteBuffer[] oldViews = keyViews;
    int[] oldLength = keyLength;
    int cap = oldIds.length * 2;
    while (true) {
      ids = new long[cap];
      conn = new ClientConn[cap];
      requestId = new long[cap];
      keys = new byte[cap][];
      keyViews = new ByteBuffer[cap];
      keyLength = new int[cap];
      boolean clash = false;
      for (int i = 0; i < oldIds.length && !clash; i++) {
        if (oldIds[i] != 0) {
          int s = (int) (oldIds[i] & (cap - 1));
          if (ids[s] != 0) {
            clash = true;
          } else {
            ids[s] = oldIds[i];
            conn[s] = oldConn[i];
            requestId[s] = oldRequestId[i];
            keys[s] = oldKeys[i];
            keyViews[s] = oldViews[i];
            keyLength[s] = oldLength[i];
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
}
