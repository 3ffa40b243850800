package dev.rast.bench.std;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * What catrank's requests are made of and how the server ranks them, shared by both
 * implementations so that they differ only in how messages are built, sent and read.
 */
final class CatRankValues {
  static final String URL_PREFIX = "http://example.com/";
  static final String[] WORDS = {
    "foo ", "bar ", "baz ", "qux ", "quux ", "corge ", "grault ", "garply ", "waldo ", "fred ",
    "plugh ", "xyzzy ", "thud "
  };
  static final String CAT = "cat ";
  static final String DOG = "dog ";
  /** Requests have fewer results than this. */
  static final int MAX_RESULTS = 1000;

  private CatRankValues() {}

  /**
   * Draws the next search result into {@code url} and {@code snippet} (both cleared first).
   *
   * @return 1 if it is a "good" result (a cat, no dog), else 0
   */
  static int randomResult(FastRand rand, StringBuilder url, StringBuilder snippet) {
    int urlSize = rand.nextInt(100);
    url.setLength(0);
    url.append(URL_PREFIX);
    for (int j = 0; j < urlSize; j++) {
      url.append((char) ('a' + rand.nextInt(26)));
    }
    boolean isCat = rand.nextInt(8) == 0;
    boolean isDog = rand.nextInt(8) == 0;
    snippet.setLength(0);
    snippet.append(' ');
    int prefix = rand.nextInt(20);
    for (int j = 0; j < prefix; j++) {
      snippet.append(WORDS[rand.nextInt(WORDS.length)]);
    }
    if (isCat) {
      snippet.append(CAT);
    }
    if (isDog) {
      snippet.append(DOG);
    }
    int suffix = rand.nextInt(20);
    for (int j = 0; j < suffix; j++) {
      snippet.append(WORDS[rand.nextInt(WORDS.length)]);
    }
    return isCat && !isDog ? 1 : 0;
  }

  /** The server's score for a result scored {@code score} whose snippet has the given words. */
  static double rescore(double score, boolean hasCat, boolean hasDog) {
    if (hasCat) {
      score *= 10000;
    }
    if (hasDog) {
      score /= 10000;
    }
    return score;
  }

  /** Bit 0 of {@link #findWords}: the text contains " cat ". */
  static final int HAS_CAT = 1;
  /** Bit 1 of {@link #findWords}: the text contains " dog ". */
  static final int HAS_DOG = 2;

  /**
   * Searches {@code text[offset, offset + length)} for " cat " and " dog " in one pass without
   * copying or decoding the bytes: at each space it compares the next four bytes with "cat " and
   * "dog ". A heap buffer is scanned through its array (no per-byte bounds checks).
   *
   * @return {@link #HAS_CAT} and/or {@link #HAS_DOG}
   */
  static int findWords(java.nio.ByteBuffer text, int offset, int length) {
    if (text.hasArray()) {
      return findWords(text.array(), text.arrayOffset() + offset, length);
    }
    int found = 0;
    for (int i = offset, last = offset + length - 5; i <= last; i++) {
      if (text.get(i) == ' ') {
        found |= word(text.get(i + 1), text.get(i + 2), text.get(i + 3), text.get(i + 4));
      }
    }
    return found;
  }

  /**
   * Eight positions at a time: one mask of the positions that hold a space with another space
   * four bytes on (two overlapping word loads, exact SWAR zero-byte tests), then the three bytes
   * between are compared only there. The iterations do not depend on each other, unlike a
   * skip-table search whose next position waits for the byte just loaded.
   */
  private static int findWords(byte[] a, int offset, int length) {
    int found = 0;
    int last = offset + length - 5; // the last position a five-byte match may start at
    int i = offset;
    // A block tests starts [i, i + 8) and loads bytes [i, i + 12): all inside the text.
    for (; i <= last - 7; i += 8) {
      long m = spaces((long) LONGS.get(a, i)) & spaces((long) LONGS.get(a, i + 4));
      while (m != 0) {
        int j = i + (Long.numberOfTrailingZeros(m) >>> 3);
        found |= word(a[j + 1], a[j + 2], a[j + 3], (byte) ' ');
        m &= m - 1;
      }
    }
    for (; i <= last; i++) {
      if (a[i] == ' ' && a[i + 4] == ' ') {
        found |= word(a[i + 1], a[i + 2], a[i + 3], (byte) ' ');
      }
    }
    return found;
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long SPACES = 0x2020202020202020L;
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

  /** 0x80 in each byte of {@code w} that is a space, 0 in the others (no carries between bytes). */
  private static long spaces(long w) {
    long x = w ^ SPACES;
    return ~(((x & LOW7) + LOW7) | x | LOW7);
  }

  /** {@link #HAS_CAT} for "cat ", {@link #HAS_DOG} for "dog ", else 0. */
  private static int word(byte b1, byte b2, byte b3, byte b4) {
    if (b4 != ' ') {
      return 0;
    }
    if (b1 == 'c' && b2 == 'a' && b3 == 't') {
      return HAS_CAT;
    }
    return b1 == 'd' && b2 == 'o' && b3 == 'g' ? HAS_DOG : 0;
  }

  /**
   * Sorts {@code scores[0, n)} descending, permuting {@code order} alongside: a heap sort, so it
   * needs no allocation (upstream sorts a vector of (score, result) pairs).
   */
  static void sortDescending(double[] scores, int[] order, int n) {
    for (int i = n / 2 - 1; i >= 0; i--) {
      siftDown(scores, order, i, n);
    }
    for (int end = n - 1; end > 0; end--) {
      swap(scores, order, 0, end);
      siftDown(scores, order, 0, end);
    }
  }

  // A min-heap, so that repeatedly moving the minimum to the end leaves the array descending.
  private static void siftDown(double[] s, int[] o, int i, int n) {
    while (true) {
      int child = 2 * i + 1;
      if (child >= n) {
        return;
      }
      if (child + 1 < n && s[child + 1] < s[child]) {
        child++;
      }
      if (s[i] <= s[child]) {
        return;
      }
      swap(s, o, i, child);
      i = child;
    }
  }

  private static void swap(double[] s, int[] o, int i, int j) {
    double d = s[i];
    s[i] = s[j];
    s[j] = d;
    int k = o[i];
    o[i] = o[j];
    o[j] = k;
  }

  /** The client's check: how many leading results score above 1001. */
  static boolean isGood(double score) {
    return score > 1001;
  }
}
