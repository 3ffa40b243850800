package dev.rast.raft.kv;

import java.util.HashMap;
import java.util.Map;

/**
 * The key-value data as a map that can be frozen in O(1) for a snapshot while writes go on:
 * copy-on-write by bucket. The keys are spread over {@link #BUCKETS} small hash maps; {@link
 * #freeze} hands out the current array of buckets and starts a new epoch, after which the first
 * write to each bucket copies that bucket (about {@code size / BUCKETS} entries) before changing
 * it. Keys and values are immutable, so a frozen view stays consistent while a background thread
 * writes it out. The cost of a snapshot is spread over the writes that follow it, never one stall
 * proportional to the state. Not thread-safe: the event loop writes; frozen views are read-only.
 */
final class CowMap {
  static final int BUCKET_BITS = 14;
  static final int BUCKETS = 1 << BUCKET_BITS;

  private final HashMap<String, byte[]>[] buckets = newBuckets();
  /** The epoch in which each bucket was last made private to the live map. */
  private final int[] ownedIn = new int[BUCKETS];

  private int epoch;
  private int size;

  @SuppressWarnings("unchecked")
  private static HashMap<String, byte[]>[] newBuckets() {
    HashMap<String, byte[]>[] b = new HashMap[BUCKETS];
    for (int i = 0; i < BUCKETS; i++) {
      b[i] = new HashMap<>(4);
    }
    return b;
  }

  static int bucketOf(String key) {
    return (key.hashCode() * 0x9E3779B9) >>> (32 - BUCKET_BITS);
  }

  byte[] get(String key) {
    return buckets[bucketOf(key)].get(key);
  }

  void put(String key, byte[] value) {
    if (writable(bucketOf(key)).put(key, value) == null) {
      size++;
    }
  }

  /** Removes {@code key}; returns whether it was there. */
  boolean remove(String key) {
    int b = bucketOf(key);
    if (!buckets[b].containsKey(key)) {
      return false;
    }
    writable(b).remove(key);
    size--;
    return true;
  }

  int size() {
    return size;
  }

  private HashMap<String, byte[]> writable(int b) {
    if (ownedIn[b] != epoch) {
      buckets[b] = new HashMap<>(buckets[b]);
      ownedIn[b] = epoch;
    }
    return buckets[b];
  }

  /** The current contents as read-only buckets that later writes do not change. O(BUCKETS). */
  Map<String, byte[]>[] freeze() {
    Map<String, byte[]>[] view = buckets.clone();
    epoch++;
    return view;
  }

  /** Empties the map (before a restore). */
  void clear() {
    for (int i = 0; i < BUCKETS; i++) {
      buckets[i] = new HashMap<>(4);
      ownedIn[i] = epoch;
    }
    size = 0;
  }
}
