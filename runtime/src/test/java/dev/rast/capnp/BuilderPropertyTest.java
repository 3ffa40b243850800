package dev.rast.capnp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.rast.capnp.Structs.B;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Random edit sequences (set, overwrite, null, upgrade, copy) applied to a builder with tiny
 * segments and to one with a single huge segment: both must hold the same value (equal canonical
 * bytes, accepted by capnp), and every non-zero word of the small-segment message must be reachable
 * from the root (no stale bytes left by overwrites or upgrades).
 */
class BuilderPropertyTest {
  private static final int ROOT_PTRS = 4;

  /** What a root pointer holds, so that generated edits stay legal (upgrades need the right kind). */
  private enum Kind {
    NULL,
    TEXT,
    DATA,
    STRUCT,
    STRUCT_LIST,
    INT_LIST,
    PTR_LIST
  }

  private interface Op {
    void apply(B root);
  }

  private static String randomText(Random rnd) {
    String[] parts = {"a", "\u00e9", "\u20ac", "\uD83D\uDE00", "xyz", "0123456789"};
    StringBuilder sb = new StringBuilder();
    int n = rnd.nextInt(6);
    for (int i = 0; i < n; i++) {
      sb.append(parts[rnd.nextInt(parts.length)]);
    }
    return sb.toString();
  }

  private static List<Op> generate(Random rnd, int count) {
    Kind[] kinds = new Kind[ROOT_PTRS];
    int[] dataWords = new int[ROOT_PTRS];
    int[] ptrCount = new int[ROOT_PTRS];
    java.util.Arrays.fill(kinds, Kind.NULL);
    List<Op> ops = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      int p = rnd.nextInt(ROOT_PTRS);
      long v = rnd.nextLong();
      String t = randomText(rnd);
      int d = rnd.nextInt(3);
      int q = rnd.nextInt(3);
      int n = rnd.nextInt(4);
      switch (rnd.nextInt(11)) {
        case 0 -> ops.add(r -> r.setU64(8 * (int) (v & 1), v));
        case 1 -> {
          ops.add(r -> r.text(p, t));
          kinds[p] = Kind.TEXT;
        }
        case 2 -> {
          byte[] bytes = t.getBytes(java.nio.charset.StandardCharsets.UTF_8);
          ops.add(r -> r.data(p, bytes));
          kinds[p] = Kind.DATA;
        }
        case 3 -> {
          ops.add(r -> {
            B s = r.initStruct(p, new StructSize(d, q));
            if (d > 0) {
              s.setU64(0, v);
            }
            if (q > 0) {
              s.text(0, t);
            }
          });
          kinds[p] = Kind.STRUCT;
          dataWords[p] = d;
          ptrCount[p] = q;
        }
        case 4 -> {
          ops.add(r -> {
            ListBuilder l = r.initStructList(p, new StructSize(d, q), n);
            for (int i = 0; i < n; i++) {
              B e = l.getStruct(i, new B());
              if (d > 0) {
                e.setU64(0, v + i);
              }
              if (q > 0) {
                e.text(0, t + i);
              }
            }
          });
          kinds[p] = Kind.STRUCT_LIST;
          dataWords[p] = d;
          ptrCount[p] = q;
        }
        case 5 -> {
          ops.add(r -> {
            ListBuilder l = r.initList(p, ElementSize.FOUR_BYTES, n);
            for (int i = 0; i < n; i++) {
              l.setInt(i, (int) v + i);
            }
          });
          kinds[p] = Kind.INT_LIST;
        }
        case 6 -> {
          ops.add(r -> {
            ListBuilder l = r.initList(p, ElementSize.POINTER, n);
            for (int i = 0; i < n; i += 2) {
              l.setText(i, t);
            }
          });
          kinds[p] = Kind.PTR_LIST;
        }
        case 7 -> {
          ops.add(r -> r.setNull(p));
          kinds[p] = Kind.NULL;
        }
        case 8 -> {
          // Upgrade what is there, when it can be upgraded.
          if (kinds[p] == Kind.STRUCT) {
            int nd = dataWords[p] + d;
            int nq = ptrCount[p] + q;
            ops.add(r -> {
              B s = r.getStruct(p, new StructSize(nd, nq));
              if (nq > 0) {
                s.text(nq - 1, t);
              }
            });
            dataWords[p] = nd;
            ptrCount[p] = nq;
          } else if (kinds[p] == Kind.STRUCT_LIST
              || kinds[p] == Kind.INT_LIST
              || kinds[p] == Kind.PTR_LIST) {
            int nd = Math.max(dataWords[p], kinds[p] == Kind.INT_LIST ? 1 : 0) + d;
            int nq = Math.max(ptrCount[p], kinds[p] == Kind.PTR_LIST ? 1 : 0) + q;
            ops.add(r -> {
              ListBuilder l = r.getStructList(p, new StructSize(nd, nq));
              if (l.size() > 0 && nq > 0) {
                l.getStruct(l.size() - 1, new B()).text(nq - 1, t);
              }
            });
            kinds[p] = Kind.STRUCT_LIST;
            dataWords[p] = nd;
            ptrCount[p] = nq;
          }
        }
        case 9 -> {
          // Copy a struct from another message into the slot.
          MessageBuilder src = new MessageBuilder(3, MessageBuilder.Growth.FIXED_SIZE, false);
          B s = src.initRoot(new StructSize(1, 2), new B());
          s.setU64(0, v);
          s.text(0, t);
          ListBuilder sl = s.initStructList(1, new StructSize(1, 1), n);
          if (n > 0) {
            sl.getStruct(n - 1, new B()).text(0, t);
          }
          byte[] framed = Words.serialize(src);
          ops.add(r -> r.setStruct(p, Structs.root(Words.read(framed))));
          kinds[p] = Kind.STRUCT;
          dataWords[p] = 1;
          ptrCount[p] = 2;
        }
        default -> {
          // Edit inside an existing struct: overwrite its first pointer.
          if (kinds[p] == Kind.STRUCT && ptrCount[p] > 0) {
            int dd = dataWords[p];
            int qq = ptrCount[p];
            ops.add(r -> r.getStruct(p, new StructSize(dd, qq)).text(0, t));
          }
        }
      }
    }
    return ops;
  }

  /** Marks every word reachable from segment 0's root pointer. */
  private static BitSet[] reachable(MessageBuilder m) {
    BitSet[] live = new BitSet[m.segmentCount()];
    for (int s = 0; s < live.length; s++) {
      live[s] = new BitSet();
    }
    live[0].set(0);
    markPointer(m, live, 0, 0);
    return live;
  }

  private static long word(MessageBuilder m, int seg, int word) {
    return m.segment(seg).getLong(word * 8);
  }

  private static void markPointer(MessageBuilder m, BitSet[] live, int seg, int at) {
    long p = word(m, seg, at);
    if (p == 0 || Wire.kind(p) == Wire.OTHER) {
      return;
    }
    int tseg = seg;
    int target;
    long tag = p;
    if (Wire.kind(p) == Wire.FAR) {
      int padSeg = Wire.farSegment(p);
      int pad = Wire.farPadOffset(p);
      live[padSeg].set(pad);
      if (Wire.farIsDouble(p)) {
        live[padSeg].set(pad + 1);
        long far = word(m, padSeg, pad);
        tag = word(m, padSeg, pad + 1);
        tseg = Wire.farSegment(far);
        target = Wire.farPadOffset(far);
      } else {
        tag = word(m, padSeg, pad);
        tseg = padSeg;
        target = pad + 1 + Wire.offset(tag);
      }
    } else {
      target = at + 1 + Wire.offset(p);
    }
    if (Wire.kind(tag) == Wire.STRUCT) {
      int d = Wire.structDataWords(tag);
      int q = Wire.structPointers(tag);
      live[tseg].set(target, target + d + q);
      for (int i = 0; i < q; i++) {
        markPointer(m, live, tseg, target + d + i);
      }
      return;
    }
    int size = Wire.listElementSize(tag);
    int n = Wire.listCount(tag);
    switch (size) {
      case ElementSize.POINTER -> {
        live[tseg].set(target, target + n);
        for (int i = 0; i < n; i++) {
          markPointer(m, live, tseg, target + i);
        }
      }
      case ElementSize.INLINE_COMPOSITE -> {
        live[tseg].set(target, target + 1 + n);
        long etag = word(m, tseg, target);
        int d = Wire.structDataWords(etag);
        int q = Wire.structPointers(etag);
        for (int e = 0; e < Wire.offset(etag); e++) {
          for (int i = 0; i < q; i++) {
            markPointer(m, live, tseg, target + 1 + e * (d + q) + d + i);
          }
        }
      }
      default -> {
        long bits = (long) n * ElementSize.dataBits(size);
        live[tseg].set(target, target + (int) ((bits + 63) >>> 6));
      }
    }
  }

  private static void assertNoUnreachableNonZeroWord(MessageBuilder m) {
    BitSet[] live = reachable(m);
    for (int s = 0; s < m.segmentCount(); s++) {
      for (int w = 0; w < m.segmentWords(s); w++) {
        if (word(m, s, w) != 0 && !live[s].get(w)) {
          fail("unreachable non-zero word at segment " + s + ", word " + w + ": "
              + Long.toHexString(word(m, s, w)) + "\n"
              + Words.dump(Words.words(m.segment(s), m.segmentWords(s))));
        }
      }
    }
  }

  @Property(tries = 400, seed = "77")
  void randomEditsKeepTheValueAndLeaveNoStaleWords(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 16) int segmentWords,
      @ForAll boolean fixed) {
    List<Op> ops = generate(new Random(seed), 1 + new Random(seed ^ 1).nextInt(30));
    MessageBuilder small = new MessageBuilder(
        segmentWords,
        fixed ? MessageBuilder.Growth.FIXED_SIZE : MessageBuilder.Growth.GROW_HEURISTICALLY,
        false);
    MessageBuilder big = new MessageBuilder(1 << 16);
    B a = small.initRoot(new StructSize(2, ROOT_PTRS), new B());
    B b = big.initRoot(new StructSize(2, ROOT_PTRS), new B());
    for (Op op : ops) {
      op.apply(a);
      op.apply(b);
    }
    assertEquals(1, big.segmentCount());
    byte[] expected = Canonical.canonicalize(Built.readBack(big));
    assertArrayEquals(expected, Canonical.canonicalize(Built.readBack(small)), "seed " + seed);
    assertNoUnreachableNonZeroWord(small);
    assertNoUnreachableNonZeroWord(big);
    if ((seed & 7) == 0) {
      assertArrayEquals(
          expected, CapnpTool.canonical(Words.serialize(small)), "capnp, seed " + seed);
    }
  }
}
