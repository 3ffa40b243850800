package dev.rast.capnp;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Damages valid messages the ways hostile or corrupt input does: bit flips, byte overwrites,
 * words replaced by crafted pointers (out-of-bounds offsets, huge counts, far pointers to other
 * segments, reserved kinds), truncation, cut or repeated words, and segment-table edits. Each
 * mutant records what was done, for the failure report.
 */
final class Mutator {
  private static final byte[] INTERESTING_BYTES = {
    0,
    1,
    2,
    3,
    4,
    7,
    8,
    0x0f,
    0x10,
    0x1f,
    0x20,
    0x3f,
    0x40,
    0x7f,
    (byte) 0x80,
    (byte) 0xfc,
    (byte) 0xfd,
    (byte) 0xfe,
    (byte) 0xff
  };
  private static final int[] INTERESTING_INTS = {
    0,
    1,
    2,
    3,
    7,
    8,
    63,
    64,
    255,
    256,
    511,
    512,
    0xFFFF,
    0x10000,
    0x1FFFFFFF,
    0x20000000,
    0x3FFFFFFF,
    0x7FFFFFFF,
    0x80000000,
    0xFFFFFFFE,
    0xFFFFFFFF
  };

  private Mutator() {}

  /** A damaged copy of {@code message}; {@code framed} allows segment-table edits. */
  static byte[] mutate(byte[] message, boolean framed, SplittableRandom r, StringBuilder log) {
    byte[] m = message.clone();
    int ops = 1 + r.nextInt(r.nextInt(4) == 0 ? 4 : 2);
    for (int i = 0; i < ops; i++) {
      m = once(m, framed, r, log);
    }
    return m;
  }

  /** Damage that suits packed bytes: flips, overwrites, truncation, cut or repeated bytes. */
  static byte[] mutatePacked(byte[] packed, SplittableRandom r, StringBuilder log) {
    byte[] m = packed.clone();
    switch (r.nextInt(4)) {
      case 0:
        return flipBits(m, r, log);
      case 1:
        return overwriteBytes(m, r, log);
      case 2:
        return truncate(m, r, log);
      default:
        return spliceBytes(m, r, log);
    }
  }

  /**
   * A framed message of random words, most of them plausible pointers into the message (small
   * offsets, sizes that nearly fit, far pointers to existing segments and pads): a pointer graph
   * full of aliasing, overlap and cycles, which mutating valid messages rarely produces.
   */
  static byte[] pointerSoup(SplittableRandom r, StringBuilder log) {
    int segments = 1 + (r.nextInt(3) == 0 ? r.nextInt(4) : 0);
    int[] sizes = new int[segments];
    int total = 0;
    for (int i = 0; i < segments; i++) {
      sizes[i] = r.nextInt(4) == 0 ? r.nextInt(3) : 1 + r.nextInt(24);
      total += sizes[i];
    }
    int table = Framing.tableBytes(segments);
    ByteBuffer b = ByteBuffer.allocate(table + total * 8).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(0, segments - 1);
    for (int i = 0; i < segments; i++) {
      b.putInt(4 + 4 * i, sizes[i]);
    }
    int at = table;
    for (int s = 0; s < segments; s++) {
      for (int w = 0; w < sizes[s]; w++, at += 8) {
        b.putLong(at, soupWord(r, sizes[s] - w - 1, w, segments, sizes));
      }
    }
    log.append("pointer soup of ").append(segments).append(" segments; ");
    return b.array();
  }

  /** A word {@code after} words before the end of its segment and {@code before} after its start. */
  private static long soupWord(
      SplittableRandom r, int after, int before, int segments, int[] sizes) {
    int offset = -1 - before + r.nextInt(before + after + 2);
    switch (r.nextInt(10)) {
      case 0:
      case 1:
        return r.nextInt(3) == 0 ? 0 : r.nextLong();
      case 2:
      case 3:
        return Wire.structPointer(offset, r.nextInt(3), r.nextInt(3));
      case 4:
      case 5:
      case 6: {
        int size = r.nextInt(8);
        int count = size == ElementSize.INLINE_COMPOSITE
            ? r.nextInt(after + 2)
            : r.nextInt(Math.max(2, after * 2 + 2));
        return Wire.listPointer(offset, size, count);
      }
      case 7: {
        // A composite tag or struct pointer used as one: element count in the offset field.
        return Wire.structPointer(r.nextInt(6), r.nextInt(3), r.nextInt(3));
      }
      case 8: {
        int seg = r.nextInt(segments);
        return Wire.farPointer(r.nextBoolean(), r.nextInt(Math.max(1, sizes[seg] + 1)), seg);
      }
      default:
        return r.nextInt(4) == 0 ? Wire.capabilityPointer(r.nextInt(4)) : 0;
    }
  }

  private static byte[] once(byte[] m, boolean framed, SplittableRandom r, StringBuilder log) {
    int choice = r.nextInt(framed ? 14 : 12);
    if (m.length < 8 && choice < 8) {
      choice = 8 + r.nextInt(2);
    }
    switch (choice) {
      case 0:
      case 1:
      case 2:
        return flipBits(m, r, log);
      case 3:
      case 4:
        return overwriteBytes(m, r, log);
      case 5:
      case 6:
      case 7:
        return pointerWord(m, r, log);
      case 8:
        return truncate(m, r, log);
      case 9:
        return extend(m, r, log);
      case 10:
        return spliceWords(m, r, log);
      case 11:
        return swapWords(m, r, log);
      default:
        return segmentTable(m, r, log);
    }
  }

  private static byte[] flipBits(byte[] m, SplittableRandom r, StringBuilder log) {
    if (m.length == 0) {
      return m;
    }
    int flips = 1 + r.nextInt(3);
    for (int i = 0; i < flips; i++) {
      int bit = r.nextInt(m.length * 8);
      m[bit >>> 3] ^= (byte) (1 << (bit & 7));
      log.append("flip bit ").append(bit).append("; ");
    }
    return m;
  }

  private static byte[] overwriteBytes(byte[] m, SplittableRandom r, StringBuilder log) {
    if (m.length == 0) {
      return m;
    }
    int n = 1 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      int at = r.nextInt(m.length);
      byte v = r.nextBoolean()
          ? INTERESTING_BYTES[r.nextInt(INTERESTING_BYTES.length)]
          : (byte) r.nextInt(256);
      m[at] = v;
      log.append("byte ").append(at).append(" = ").append(v & 0xFF).append("; ");
    }
    return m;
  }

  /** Replaces an aligned word with a crafted pointer. */
  private static byte[] pointerWord(byte[] m, SplittableRandom r, StringBuilder log) {
    int words = m.length >>> 3;
    int at = r.nextInt(words) << 3;
    long p = craftedPointer(r, words);
    ByteBuffer.wrap(m).order(ByteOrder.LITTLE_ENDIAN).putLong(at, p);
    log.append("word at byte ")
        .append(at)
        .append(" = ")
        .append(String.format("%016x", p))
        .append("; ");
    return m;
  }

  static long craftedPointer(SplittableRandom r, int words) {
    switch (r.nextInt(5)) {
      case 0: {
        int offset = offset(r, words);
        int data = r.nextInt(3) == 0 ? interesting(r) & 0xFFFF : r.nextInt(5);
        int ptrs = r.nextInt(3) == 0 ? interesting(r) & 0xFFFF : r.nextInt(5);
        return Wire.structPointer(offset, data, ptrs);
      }
      case 1:
      case 2: {
        int offset = offset(r, words);
        int size = r.nextInt(8);
        int count = r.nextInt(3) == 0
            ? interesting(r) & Wire.MAX_LIST_COUNT
            : r.nextInt(Math.max(1, words * 2));
        return Wire.listPointer(offset, size, count);
      }
      case 3: {
        int pad = r.nextInt(3) == 0
            ? interesting(r) & Wire.MAX_FAR_OFFSET
            : r.nextInt(Math.max(1, words));
        int segment = r.nextInt(4) == 0 ? interesting(r) : r.nextInt(4);
        return Wire.farPointer(r.nextBoolean(), pad, segment);
      }
      default:
        return r.nextBoolean()
            ? Wire.capabilityPointer(r.nextInt(8))
            : 3L | ((long) r.nextInt() << 2 & 0xFFFFFFFCL) | (r.nextLong() << 32);
    }
  }

  private static int offset(SplittableRandom r, int words) {
    switch (r.nextInt(4)) {
      case 0:
        return -1 - r.nextInt(Math.max(1, words));
      case 1:
        return r.nextBoolean() ? (1 << 29) - 1 : -(1 << 29);
      default:
        return r.nextInt(Math.max(1, words));
    }
  }

  private static int interesting(SplittableRandom r) {
    return INTERESTING_INTS[r.nextInt(INTERESTING_INTS.length)];
  }

  private static byte[] truncate(byte[] m, SplittableRandom r, StringBuilder log) {
    int cut = r.nextInt(3) == 0 && m.length >= 8
        ? r.nextInt(m.length >>> 3) << 3
        : r.nextInt(m.length + 1);
    log.append("truncate to ").append(cut).append("; ");
    return Arrays.copyOf(m, cut);
  }

  private static byte[] extend(byte[] m, SplittableRandom r, StringBuilder log) {
    int extra = 1 + r.nextInt(24);
    byte[] out = Arrays.copyOf(m, m.length + extra);
    if (r.nextBoolean()) {
      for (int i = m.length; i < out.length; i++) {
        out[i] = (byte) r.nextInt(256);
      }
    }
    log.append("extend by ").append(extra).append("; ");
    return out;
  }

  /** Cuts out or repeats a run of whole words. */
  private static byte[] spliceWords(byte[] m, SplittableRandom r, StringBuilder log) {
    int words = m.length >>> 3;
    if (words < 2) {
      return m;
    }
    int from = r.nextInt(words);
    int n = 1 + r.nextInt(Math.min(8, words - from));
    if (r.nextBoolean()) {
      log.append("cut ").append(n).append(" words at word ").append(from).append("; ");
      byte[] out = new byte[m.length - n * 8];
      System.arraycopy(m, 0, out, 0, from * 8);
      System.arraycopy(m, (from + n) * 8, out, from * 8, m.length - (from + n) * 8);
      return out;
    }
    log.append("repeat ").append(n).append(" words at word ").append(from).append("; ");
    byte[] out = new byte[m.length + n * 8];
    System.arraycopy(m, 0, out, 0, (from + n) * 8);
    System.arraycopy(m, from * 8, out, (from + n) * 8, m.length - from * 8);
    return out;
  }

  private static byte[] spliceBytes(byte[] m, SplittableRandom r, StringBuilder log) {
    if (m.length < 2) {
      return extend(m, r, log);
    }
    int from = r.nextInt(m.length);
    int n = 1 + r.nextInt(Math.min(16, m.length - from));
    if (r.nextBoolean()) {
      log.append("cut ").append(n).append(" bytes at ").append(from).append("; ");
      byte[] out = new byte[m.length - n];
      System.arraycopy(m, 0, out, 0, from);
      System.arraycopy(m, from + n, out, from, m.length - from - n);
      return out;
    }
    log.append("repeat ").append(n).append(" bytes at ").append(from).append("; ");
    byte[] out = new byte[m.length + n];
    System.arraycopy(m, 0, out, 0, from + n);
    System.arraycopy(m, from, out, from + n, m.length - from);
    return out;
  }

  private static byte[] swapWords(byte[] m, SplittableRandom r, StringBuilder log) {
    int words = m.length >>> 3;
    if (words < 2) {
      return m;
    }
    int a = r.nextInt(words);
    int b = r.nextInt(words);
    byte[] tmp = Arrays.copyOfRange(m, a * 8, a * 8 + 8);
    System.arraycopy(m, b * 8, m, a * 8, 8);
    System.arraycopy(tmp, 0, m, b * 8, 8);
    log.append("swap words ").append(a).append(" and ").append(b).append("; ");
    return m;
  }

  /** Edits the segment count or one segment size of a framed message. */
  private static byte[] segmentTable(byte[] m, SplittableRandom r, StringBuilder log) {
    if (m.length < 8) {
      return m;
    }
    ByteBuffer b = ByteBuffer.wrap(m).order(ByteOrder.LITTLE_ENDIAN);
    long segments = Integer.toUnsignedLong(b.getInt(0)) + 1;
    if (r.nextInt(3) == 0) {
      int v = r.nextBoolean() ? interesting(r) : (int) (segments - 1 + r.nextInt(5) - 2);
      b.putInt(0, v);
      log.append("segment count field = ").append(Integer.toUnsignedString(v)).append("; ");
      return m;
    }
    int tableEntries = (int) Math.min(segments, (m.length - 4) / 4);
    if (tableEntries <= 0) {
      return m;
    }
    int i = r.nextInt(tableEntries);
    int old = b.getInt(4 + 4 * i);
    int v;
    switch (r.nextInt(3)) {
      case 0:
        v = old + (r.nextBoolean() ? 1 : -1);
        break;
      case 1:
        v = interesting(r);
        break;
      default:
        v = r.nextInt(Math.max(1, m.length / 8 + 2));
    }
    b.putInt(4 + 4 * i, v);
    log.append("segment ")
        .append(i)
        .append(" size = ")
        .append(Integer.toUnsignedString(v))
        .append("; ");
    return m;
  }
}
