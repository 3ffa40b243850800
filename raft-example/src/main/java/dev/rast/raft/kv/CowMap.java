package dev.rast.raft.kv;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The key-value data as a map that can be frozen in O(1) for a snapshot while writes go on:
 * copy-on-write by bucket. Keys and values are byte arrays, looked up straight from the bytes of a
 * request (no key object per write). The keys are spread over {@link #BUCKETS} small
 * open-addressing tables; {@link #freeze} hands out the current array of buckets and starts a new
 * epoch, after which the first write to each bucket copies that bucket's slot arrays (about {@code
 * size / BUCKETS} entries) before changing it. The cost of a snapshot is spread over the writes
 * that follow it, never one stall proportional to the state.
 *
 * <p><b>Overwrites in place.</b> Each value remembers the epoch its array was created in. A value
 * created in the current epoch is in no frozen view, so a write of the same length to its key
 * copies the new bytes into it: overwriting a key allocates nothing between two snapshots. A frozen
 * value is never changed; its key gets a new array (once per snapshot). {@link #storedBytes} counts
 * what the map allocates to store data (new keys, new value arrays, bucket tables and their
 * copies), so that a caller measuring allocation can tell the map's storage from the rest.
 *
 * <p>Not thread-safe: the event loop writes; frozen views are read-only.
 */
final class CowMap {
  static final int BUCKET_BITS = 14;
  static final int BUCKETS = 1 << BUCKET_BITS;

  /** One bucket: an open-addressing table (linear probing) of keys, values and their hashes. */
  static final class Bucket {
    byte[][] keys;
    byte[][] values;
    int[] hashes;
    /** The epoch each value array was created in. */
    int[] epochs;

    int size;

    Bucket(int capacity) {
      keys = new byte[capacity][];
      values = new byte[capacity][];
      hashes = new int[capacity];
      epochs = new int[capacity];
    }

    Bucket(Bucket from) {
      keys = from.keys.clone();
      values = from.values.clone();
      hashes = from.hashes.clone();
      epochs = from.epochs.clone();
      size = from.size;
    }

    /** Slots (a power of two); slot {@code i} holds a pair when {@code keys[i] != null}. */
    int capacity() {
      return keys.length;
    }

    /** The key in slot {@code i}, or null. */
    byte[] key(int i) {
      return keys[i];
    }

    /** The value in slot {@code i}. */
    byte[] value(int i) {
      return values[i];
    }
  }

  private static final int FIRST_CAPACITY = 4;

  private final Bucket[] buckets = new Bucket[BUCKETS];
  /** The epoch in which each bucket was last made private to the live map. */
  private final int[] ownedIn = new int[BUCKETS];

  private int epoch;
  private int size;
  /** Volatile: the bench reads it from another thread; it changes only when the map allocates. */
  private volatile long storedBytes;

  /** The hash of {@code len} bytes at {@code off} of {@code b} (absolute; position untouched). */
  static int hash(ByteBuffer b, int off, int len) {
    int h = 0x811C9DC5;
    for (int i = 0; i < len; i++) {
      h = (h ^ b.get(off + i)) * 0x01000193;
    }
    return h ^ (h >>> 16);
  }

  static int hash(byte[] k) {
    int h = 0x811C9DC5;
    for (byte x : k) {
      h = (h ^ x) * 0x01000193;
    }
    return h ^ (h >>> 16);
  }

  private static int bucketOf(int hash) {
    return (hash * 0x9E3779B9) >>> (32 - BUCKET_BITS);
  }

  private static boolean equal(byte[] k, ByteBuffer b, int off, int len) {
    if (k.length != len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (k[i] != b.get(off + i)) {
        return false;
      }
    }
    return true;
  }

  /** The slot of the key in {@code t}, or -1. */
  private static int find(Bucket t, int hash, ByteBuffer b, int off, int len) {
    if (t == null) {
      return -1;
    }
    int mask = t.keys.length - 1;
    for (int i = hash & mask; ; i = (i + 1) & mask) {
      byte[] k = t.keys[i];
      if (k == null) {
        return -1;
      }
      if (t.hashes[i] == hash && equal(k, b, off, len)) {
        return i;
      }
    }
  }

  /** The value stored under the {@code len} key bytes at {@code off} of {@code b}, or null. */
  byte[] get(ByteBuffer b, int off, int len) {
    int h = hash(b, off, len);
    Bucket t = buckets[bucketOf(h)];
    int i = find(t, h, b, off, len);
    return i < 0 ? null : t.values[i];
  }

  /** The value of {@code key} (UTF-8 bytes), or null. */
  byte[] get(String key) {
    byte[] k = key.getBytes(StandardCharsets.UTF_8);
    return get(ByteBuffer.wrap(k), 0, k.length);
  }

  /**
   * Stores the {@code vlen} bytes at {@code voff} of {@code vb} under the {@code klen} key bytes at
   * {@code koff} of {@code kb}, copying both (the value in place when its array is not frozen and
   * has the same length).
   */
  void put(ByteBuffer kb, int koff, int klen, ByteBuffer vb, int voff, int vlen) {
    int h = hash(kb, koff, klen);
    int bi = bucketOf(h);
    Bucket t = writable(bi);
    int i = find(t, h, kb, koff, klen);
    if (i >= 0) {
      byte[] v = t.values[i];
      if (t.epochs[i] != epoch || v.length != vlen) {
        v = newArray(vlen);
        t.values[i] = v;
        t.epochs[i] = epoch;
      }
      vb.get(voff, v, 0, vlen);
      return;
    }
    byte[] k = newArray(klen);
    kb.get(koff, k, 0, klen);
    byte[] v = newArray(vlen);
    vb.get(voff, v, 0, vlen);
    insert(bi, h, k, v);
  }

  /** Stores {@code value} under {@code key}, taking both arrays (a restore). */
  void put(byte[] key, byte[] value) {
    int h = hash(key);
    int bi = bucketOf(h);
    Bucket t = writable(bi);
    int i = find(t, h, ByteBuffer.wrap(key), 0, key.length);
    storedBytes += arrayBytes(value.length);
    if (i >= 0) {
      t.values[i] = value;
      t.epochs[i] = epoch;
      return;
    }
    storedBytes += arrayBytes(key.length);
    insert(bi, h, key, value);
  }

  private void insert(int bi, int h, byte[] k, byte[] v) {
    Bucket t = buckets[bi];
    if ((t.size + 1) * 4 > t.keys.length * 3) {
      t = rehash(t, t.keys.length * 2);
      buckets[bi] = t;
    }
    int mask = t.keys.length - 1;
    int i = h & mask;
    while (t.keys[i] != null) {
      i = (i + 1) & mask;
    }
    t.keys[i] = k;
    t.values[i] = v;
    t.hashes[i] = h;
    t.epochs[i] = epoch;
    t.size++;
    size++;
  }

  private Bucket rehash(Bucket t, int capacity) {
    Bucket n = newBucket(capacity);
    int mask = capacity - 1;
    for (int j = 0; j < t.keys.length; j++) {
      if (t.keys[j] != null) {
        int i = t.hashes[j] & mask;
        while (n.keys[i] != null) {
          i = (i + 1) & mask;
        }
        n.keys[i] = t.keys[j];
        n.values[i] = t.values[j];
        n.hashes[i] = t.hashes[j];
        n.epochs[i] = t.epochs[j];
      }
    }
    n.size = t.size;
    return n;
  }

  /** Removes the {@code len} key bytes at {@code off} of {@code b}; returns whether it was there. */
  boolean remove(ByteBuffer b, int off, int len) {
    int h = hash(b, off, len);
    int bi = bucketOf(h);
    if (find(buckets[bi], h, b, off, len) < 0) {
      return false;
    }
    Bucket t = writable(bi);
    int i = find(t, h, b, off, len);
    // Backward-shift deletion keeps every probe sequence unbroken without tombstones.
    int mask = t.keys.length - 1;
    int gap = i;
    for (int j = (i + 1) & mask; t.keys[j] != null; j = (j + 1) & mask) {
      int home = t.hashes[j] & mask;
      if (((j - home) & mask) >= ((j - gap) & mask)) {
        t.keys[gap] = t.keys[j];
        t.values[gap] = t.values[j];
        t.hashes[gap] = t.hashes[j];
        t.epochs[gap] = t.epochs[j];
        gap = j;
      }
    }
    t.keys[gap] = null;
    t.values[gap] = null;
    t.size--;
    size--;
    return true;
  }

  int size() {
    return size;
  }

  /**
   * Bytes this map allocated to store data so far, as HotSpot lays arrays out (16-byte header,
   * elements rounded up to 8 bytes; references of 4 bytes): key and value arrays, bucket tables,
   * their growth and their copies after a freeze.
   */
  long storedBytes() {
    return storedBytes;
  }

  private Bucket writable(int b) {
    Bucket t = buckets[b];
    if (t == null) {
      t = newBucket(FIRST_CAPACITY);
      buckets[b] = t;
      ownedIn[b] = epoch;
    } else if (ownedIn[b] != epoch) {
      t = new Bucket(t);
      storedBytes += bucketBytes(t.keys.length);
      buckets[b] = t;
      ownedIn[b] = epoch;
    }
    return t;
  }

  private Bucket newBucket(int capacity) {
    storedBytes += bucketBytes(capacity);
    return new Bucket(capacity);
  }

  private byte[] newArray(int length) {
    storedBytes += arrayBytes(length);
    return new byte[length];
  }

  private static long arrayBytes(long payload) {
    return 16 + ((payload + 7) & ~7L);
  }

  /** A bucket object (24) and its four arrays: two of references, two of ints. */
  private static long bucketBytes(int capacity) {
    return 24 + 2 * arrayBytes(4L * capacity) + 2 * arrayBytes(4L * capacity);
  }

  /**
   * The current contents as read-only buckets (null: empty) that later writes do not change.
   * O(BUCKETS).
   */
  Bucket[] freeze() {
    Bucket[] view = buckets.clone();
    epoch++;
    return view;
  }

  /** Empties the map (before a restore). */
  void clear() {
    Arrays.fill(buckets, null);
    epoch++;
    size = 0;
  }
}
