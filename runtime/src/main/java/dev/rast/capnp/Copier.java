package dev.rast.capnp;

import java.nio.ByteBuffer;

/**
 * Deep copy of read objects (from any message) into a builder, optionally in canonical form.
 *
 * <p>The source is read through the ordinary read flyweights, so a copy obeys the source message's
 * bounds, traversal budget and nesting limit: copying hostile bytes fails with {@link
 * DecodeException}, never with a stack overflow. The flyweights are kept per recursion depth and
 * reused, so a builder that copies messages of a similar shape again allocates nothing.
 *
 * <p>Canonical form (the spec's): objects laid out in pointer pre-order in one segment, trailing
 * zero words of each data section and trailing null pointers removed (for struct lists, only what
 * is zero or null in every element), zero-size structs at offset -1, and unused bits of primitive
 * lists zero.
 */
final class Copier {
  private StructReader[] structs = new StructReader[8];
  private ListReader[] lists = new ListReader[8];
  private final Probe probe = new Probe();
  private final Element element = new Element();
  /** Copy capability pointers as they are (for value equality only); otherwise they throw. */
  boolean keepCapabilities;

  /** A reusable builder for one list element. */
  StructBuilder elementScratch() {
    return element;
  }

  private StructReader struct(int depth) {
    if (depth >= structs.length) {
      structs = java.util.Arrays.copyOf(structs, depth * 2);
      lists = java.util.Arrays.copyOf(lists, depth * 2);
    }
    StructReader r = structs[depth];
    if (r == null) {
      r = structs[depth] = new Element.Reader();
    }
    return r;
  }

  private ListReader list(int depth) {
    struct(depth);
    ListReader r = lists[depth];
    if (r == null) {
      r = lists[depth] = new ListReader();
    }
    return r;
  }

  // ---- entry points ----

  /** Copies what the source slot points to into the destination slot (replacing its object). */
  void copyPointer(
      MessageReader sm,
      int sseg,
      int sptr,
      int nesting,
      MessageBuilder dm,
      int dseg,
      int dptr,
      boolean canonical) {
    Pointers.clear(dm, dseg, dptr);
    copy(sm, sseg, sptr, nesting, dm, dseg, dptr, canonical, 0);
  }

  void copyFrom(AnyPointerReader value, MessageBuilder dm, int dseg, int dptr) {
    copyPointer(value.message, value.segment, value.ptrPos, value.nesting, dm, dseg, dptr, false);
  }

  void setStruct(StructReader value, MessageBuilder dm, int dseg, int dptr, boolean canonical) {
    Pointers.clear(dm, dseg, dptr);
    copyStruct(value, dm, dseg, dptr, canonical, 0);
  }

  void setList(ListReader value, MessageBuilder dm, int dseg, int dptr) {
    Pointers.clear(dm, dseg, dptr);
    copyList(value, dm, dseg, dptr, false, 0);
  }

  /** Overwrites an existing struct's fields with {@code value}'s, as far as the sizes allow. */
  void copyInto(StructReader value, StructBuilder target) {
    MessageBuilder dm = target.message;
    ByteBuffer db = target.buffer;
    for (int i = 0; i < target.ptrCount; i++) {
      Pointers.clear(dm, target.segment, target.ptrPos + (i << 3));
    }
    dm.zero(target.segment, target.dataPos, target.dataBytes);
    int n = Math.min(value.dataBytes, target.dataBytes);
    if (n > 0) {
      db.put(target.dataPos, value.buffer, value.dataPos, n);
    }
    int p = Math.min(value.ptrCount, target.ptrCount);
    for (int i = 0; i < p; i++) {
      copy(
          value.message,
          value.segment,
          value.ptrPos + (i << 3),
          value.nesting,
          dm,
          target.segment,
          target.ptrPos + (i << 3),
          false,
          0);
    }
  }

  // ---- recursion ----

  private void copy(
      MessageReader sm,
      int sseg,
      int sptr,
      int nesting,
      MessageBuilder dm,
      int dseg,
      int dptr,
      boolean canonical,
      int depth) {
    long ptr = sm.buffer(sseg).getLong(sptr);
    if (ptr == 0) {
      return;
    }
    long tag = Wire.kind(ptr) == Wire.FAR ? probe.follow(sm, sseg, sptr, ptr, false) : ptr;
    switch (Wire.kind(tag)) {
      case Wire.STRUCT: {
        StructReader s = struct(depth);
        s.readPointer(sm, sseg, sptr, nesting, null);
        copyStruct(s, dm, dseg, dptr, canonical, depth + 1);
        return;
      }
      case Wire.LIST: {
        ListReader l = list(depth);
        l.readPointer(sm, sseg, sptr, nesting, -1, null);
        copyList(l, dm, dseg, dptr, canonical, depth + 1);
        return;
      }
      default:
        if (Wire.isCapability(tag)) {
          copyCapability(sm, sseg, sptr, tag, dm, dseg, dptr, canonical);
          return;
        }
        throw new DecodeException("reserved pointer kind at " + sm.where(sseg, sptr));
    }
  }

  /**
   * A capability pointer indexes the capability table of its own message, which this runtime does
   * not keep (RPC is out of scope), so it cannot be carried into another message; and the canonical
   * form has no capabilities. Both fail as in capnp C++, with its messages. Only value equality
   * ({@link #keepCapabilities}) compares the indices as they are.
   */
  private void copyCapability(
      MessageReader sm,
      int sseg,
      int sptr,
      long tag,
      MessageBuilder dm,
      int dseg,
      int dptr,
      boolean canonical) {
    if (!keepCapabilities) {
      String where = " (capability " + Integer.toUnsignedString((int) (tag >>> 32)) + " at "
          + sm.where(sseg, sptr) + ")";
      if (canonical) {
        throw new DecodeException("Cannot create a canonical message with a capability" + where);
      }
      throw new DecodeException(
          "Message contained invalid capability pointer." + where
              + ": a capability refers to its message's capability table, which rast-java does not keep");
    }
    dm.buffer(dseg).putLong(dptr, tag);
  }

  private void copyStruct(
      StructReader s, MessageBuilder dm, int dseg, int dptr, boolean canonical, int depth) {
    int dataBytes = s.dataBytes;
    int ptrs = s.ptrCount;
    if (canonical) {
      dataBytes = trimmedData(s.buffer, s.dataPos, dataBytes);
      ptrs = trimmedPointers(s.buffer, s.ptrPos, ptrs);
    }
    int dataWords = (dataBytes + 7) >>> 3;
    if (dataWords == 0 && ptrs == 0) {
      dm.buffer(dseg).putLong(dptr, Wire.structPointer(-1, 0, 0));
      return;
    }
    long at = Pointers.allocateObject(
        dm, dseg, dptr, dataWords + ptrs, Wire.structPointer(0, dataWords, ptrs));
    int seg = Pointers.seg(at);
    int pos = Pointers.pos(at);
    if (dataBytes > 0) {
      dm.buffer(seg).put(pos, s.buffer, s.dataPos, dataBytes);
    }
    int ptrBase = pos + (dataWords << 3);
    for (int i = 0; i < ptrs; i++) {
      copy(
          s.message,
          s.segment,
          s.ptrPos + (i << 3),
          s.nesting,
          dm,
          seg,
          ptrBase + (i << 3),
          canonical,
          depth);
    }
  }

  private void copyList(
      ListReader l, MessageBuilder dm, int dseg, int dptr, boolean canonical, int depth) {
    int n = l.count;
    int size = l.elementSize;
    if (size == ElementSize.INLINE_COMPOSITE) {
      copyStructList(l, dm, dseg, dptr, canonical, depth);
      return;
    }
    if (size == ElementSize.POINTER) {
      long at =
          Pointers.allocateObject(dm, dseg, dptr, n, Wire.listPointer(0, ElementSize.POINTER, n));
      int seg = Pointers.seg(at);
      int pos = Pointers.pos(at);
      for (int i = 0; i < n; i++) {
        copy(
            l.message,
            l.segment,
            l.pos + (i << 3),
            l.nesting,
            dm,
            seg,
            pos + (i << 3),
            canonical,
            depth);
      }
      return;
    }
    long bits = (long) n * ElementSize.dataBits(size);
    int words = (int) ((bits + 63) >>> 6);
    long at = Pointers.allocateObject(dm, dseg, dptr, words, Wire.listPointer(0, size, n));
    int bytes = (int) (bits >>> 3);
    ByteBuffer dst = dm.buffer(Pointers.seg(at));
    int pos = Pointers.pos(at);
    if (bytes > 0) {
      dst.put(pos, l.buffer, l.pos, bytes);
    }
    int rest = (int) (bits & 7);
    if (rest != 0) {
      // Copy the last partial byte of a bit list, keeping its unused bits zero.
      dst.put(pos + bytes, (byte) (l.buffer.get(l.pos + bytes) & ((1 << rest) - 1)));
    }
  }

  private void copyStructList(
      ListReader l, MessageBuilder dm, int dseg, int dptr, boolean canonical, int depth) {
    int n = l.count;
    int dataBytes = l.structDataBytes;
    int ptrs = l.structPointers;
    if (canonical) {
      int keepData = 0;
      int keepPtrs = 0;
      for (int e = 0; e < n; e++) {
        int first = l.pos + e * l.stepBytes;
        keepData = Math.max(keepData, trimmedData(l.buffer, first, dataBytes));
        keepPtrs = Math.max(keepPtrs, trimmedPointers(l.buffer, first + dataBytes, ptrs));
      }
      dataBytes = keepData;
      ptrs = keepPtrs;
    }
    int dataWords = (dataBytes + 7) >>> 3;
    int step = dataWords + ptrs;
    long words = (long) n * step;
    if (words > Wire.MAX_LIST_COUNT) {
      throw new DecodeException("struct list of " + words + " words is too large to copy");
    }
    long at = Pointers.allocateObject(
        dm, dseg, dptr, (int) words + 1, Wire.listPointer(0, ElementSize.INLINE_COMPOSITE, (int)
            words));
    int seg = Pointers.seg(at);
    int pos = Pointers.pos(at);
    ByteBuffer dst = dm.buffer(seg);
    dst.putLong(pos, Wire.structPointer(n, dataWords, ptrs));
    int elementNesting = l.nesting - 1;
    if (n > 0 && elementNesting < 0) {
      throw new DecodeException("message is too deeply nested or contains cycles (nesting limit "
          + l.message.options().nestingLimit() + ") at " + l.message.where(l.segment, l.pos));
    }
    for (int e = 0; e < n; e++) {
      int src = l.pos + e * l.stepBytes;
      int out = pos + 8 + e * (step << 3);
      if (dataBytes > 0) {
        dst.put(out, l.buffer, src, dataBytes);
      }
      for (int i = 0; i < ptrs; i++) {
        copy(
            l.message,
            l.segment,
            src + l.structDataBytes + (i << 3),
            elementNesting,
            dm,
            seg,
            out + (dataWords << 3) + (i << 3),
            canonical,
            depth);
      }
    }
  }

  /** Data bytes left after dropping trailing all-zero words (a partial last word counts whole). */
  private static int trimmedData(ByteBuffer b, int pos, int bytes) {
    int end = bytes;
    while (end > 0) {
      int wordStart = (end - 1) & ~7;
      boolean zero = true;
      for (int i = wordStart; i < end; i++) {
        if (b.get(pos + i) != 0) {
          zero = false;
          break;
        }
      }
      if (!zero) {
        return end;
      }
      end = wordStart;
    }
    return 0;
  }

  private static int trimmedPointers(ByteBuffer b, int pos, int count) {
    int n = count;
    while (n > 0 && b.getLong(pos + ((n - 1) << 3)) == 0) {
      n--;
    }
    return n;
  }

  /** A bare resolver, to learn what a far pointer lands on. */
  private static final class Probe extends ObjectReader {}

  /** Reusable struct flyweights for copying (the base classes are only instantiable by subclasses). */
  private static final class Element extends StructBuilder {
    static final class Reader extends StructReader {}
  }
}
