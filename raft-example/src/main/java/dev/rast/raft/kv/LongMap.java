package dev.rast.raft.kv;

/**
 * A map from {@code long} to objects without boxing: open addressing with linear probing, for the
 * sessions the state machine looks up on every write. No removal (sessions never expire in this
 * version). Not thread-safe.
 */
final class LongMap<V> {
  private long[] keys = new long[16];
  private Object[] values = new Object[16];
  private int size;

  private static int home(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  /** The value of {@code key}, or null. */
  @SuppressWarnings("unchecked")
  V get(long key) {
    int mask = keys.length - 1;
    for (int i = home(key, mask); values[i] != null; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return (V) values[i];
      }
    }
    return null;
  }

  /** Stores {@code value} (not null) under {@code key}. */
  void put(long key, V value) {
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int i = home(key, mask);
    while (values[i] != null) {
      if (keys[i] == key) {
        values[i] = value;
        return;
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    values[i] = value;
    size++;
  }

  private void grow() {
    long[] k = keys;
    Object[] v = values;
    keys = new long[k.length * 2];
    values = new Object[k.length * 2];
    size = 0;
    for (int i = 0; i < k.length; i++) {
      if (v[i] != null) {
        put(k[i], castValue(v[i]));
      }
    }
  }

  @SuppressWarnings("unchecked")
  private V castValue(Object o) {
    return (V) o;
  }

  int size() {
    return size;
  }

  /** Slots, for iteration: slot {@code i} holds a pair when {@link #valueAt} is not null. */
  int capacity() {
    return keys.length;
  }

  long keyAt(int i) {
    return keys[i];
  }

  @SuppressWarnings("unchecked")
  V valueAt(int i) {
    return (V) values[i];
  }

  void clear() {
    keys = new long[16];
    values = new Object[16];
    size = 0;
  }
}
