package dev.rast.capnp;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;

/**
 * The canonical encoding of a {@link WireModel}, written straight from the spec with none of the
 * runtime's code: one segment, root pointer first, objects in pointer pre-order without gaps,
 * trailing zero data words and trailing null pointers dropped (for struct lists only when dropped
 * in every element), zero-size structs at offset -1, struct lists always inline-composite. An
 * oracle for {@link Canonical}.
 */
final class NaiveCanonical {
  private long[] words = new long[16];
  private int used;

  private NaiveCanonical() {}

  static byte[] encode(WireModel.Struct root) {
    NaiveCanonical c = new NaiveCanonical();
    c.allocate(1);
    c.pointer(0, root);
    ByteBuffer out = ByteBuffer.allocate(c.used * 8).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < c.used; i++) {
      out.putLong(c.words[i]);
    }
    return out.array();
  }

  private int allocate(int n) {
    if (used + n > words.length) {
      words = Arrays.copyOf(words, Math.max(words.length * 2, used + n));
    }
    int at = used;
    used += n;
    return at;
  }

  /** A struct or list pointer word: offset from the end of the pointer at {@code slot} to {@code at}. */
  private static long offset(int slot, int at) {
    return ((long) (at - slot - 1) << 2) & 0xFFFFFFFFL;
  }

  private static long listPointer(int slot, int at, int elementSize, int count) {
    return offset(slot, at) | 1L | ((long) elementSize << 32) | ((long) count << 35);
  }

  private static long structPointer(long offsetBits, int dataWords, int pointers) {
    return offsetBits | ((long) dataWords << 32) | ((long) pointers << 48);
  }

  private void pointer(int slot, WireModel node) {
    if (node instanceof WireModel.Null) {
      words[slot] = 0;
    } else if (node instanceof WireModel.Capability c) {
      words[slot] = 3L | ((long) c.index() << 32);
    } else if (node instanceof WireModel.Struct s) {
      int dw = trimmedData(s.data());
      int pc = trimmedPointers(s.pointers());
      if (dw == 0 && pc == 0) {
        words[slot] = structPointer(0xFFFFFFFCL, 0, 0);
        return;
      }
      int at = allocate(dw + pc);
      words[slot] = structPointer(offset(slot, at), dw, pc);
      structBody(at, s, dw, pc);
    } else if (node instanceof WireModel.Text t) {
      bytes(slot, t.utf8(), 1);
    } else if (node instanceof WireModel.Data d) {
      bytes(slot, d.value(), 0);
    } else if (node instanceof WireModel.VoidList v) {
      words[slot] = listPointer(slot, used, ElementSize.VOID, v.size());
    } else if (node instanceof WireModel.BitList b) {
      boolean[] v = b.values();
      int at = allocate((v.length + 63) / 64);
      words[slot] = listPointer(slot, at, ElementSize.BIT, v.length);
      for (int j = 0; j < v.length; j++) {
        if (v[j]) {
          words[at + j / 64] |= 1L << (j % 64);
        }
      }
    } else if (node instanceof WireModel.PrimitiveList p) {
      long[] v = p.values();
      int width = 1 << (p.elementSize() - ElementSize.BYTE); // bytes per element
      int perWord = 8 / width;
      int at = allocate((v.length + perWord - 1) / perWord);
      words[slot] = listPointer(slot, at, p.elementSize(), v.length);
      long mask = width == 8 ? -1L : (1L << (width * 8)) - 1;
      for (int j = 0; j < v.length; j++) {
        words[at + j / perWord] |= (v[j] & mask) << ((j % perWord) * width * 8);
      }
    } else if (node instanceof WireModel.PointerList pl) {
      List<WireModel> e = pl.elements();
      int at = allocate(e.size());
      words[slot] = listPointer(slot, at, ElementSize.POINTER, e.size());
      for (int j = 0; j < e.size(); j++) {
        pointer(at + j, e.get(j));
      }
    } else if (node instanceof WireModel.StructList sl) {
      int dw = 0;
      int pc = 0;
      for (WireModel.Struct e : sl.elements()) {
        dw = Math.max(dw, trimmedData(e.data()));
        pc = Math.max(pc, trimmedPointers(e.pointers()));
      }
      int n = sl.elements().size();
      int step = dw + pc;
      int at = allocate(1 + n * step);
      words[slot] = listPointer(slot, at, ElementSize.INLINE_COMPOSITE, n * step);
      words[at] = structPointer(((long) n << 2) & 0xFFFFFFFFL, dw, pc);
      for (int j = 0; j < n; j++) {
        structBody(at + 1 + j * step, sl.elements().get(j), dw, pc);
      }
    } else {
      throw new IllegalArgumentException(String.valueOf(node));
    }
  }

  private void structBody(int at, WireModel.Struct s, int dw, int pc) {
    System.arraycopy(s.data(), 0, words, at, Math.min(dw, s.data().length));
    for (int i = 0; i < pc && i < s.pointers().size(); i++) {
      pointer(at + dw + i, s.pointers().get(i));
    }
  }

  private void bytes(int slot, byte[] content, int terminator) {
    int n = content.length + terminator;
    int at = allocate((n + 7) / 8);
    words[slot] = listPointer(slot, at, ElementSize.BYTE, n);
    for (int j = 0; j < content.length; j++) {
      words[at + j / 8] |= (content[j] & 0xFFL) << ((j % 8) * 8);
    }
  }

  private static int trimmedData(long[] data) {
    int n = data.length;
    while (n > 0 && data[n - 1] == 0) {
      n--;
    }
    return n;
  }

  private static int trimmedPointers(List<WireModel> pointers) {
    int n = pointers.size();
    while (n > 0 && pointers.get(n - 1) instanceof WireModel.Null) {
      n--;
    }
    return n;
  }
}
