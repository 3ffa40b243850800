package dev.rast.capnp;

/**
 * Visits everything reachable from a message's root through the public read API, the way an
 * application without a schema would: each pointer is asked its type and read as that, each list
 * is also re-read under every expected element size (struct lists as primitives, primitives as
 * structs, and so on) and its elements read through the matching accessors, text is decoded.
 * A {@link DecodeException} at one pointer is counted and the walk goes on with the next, so one
 * bad pointer does not hide the rest of a message.
 */
final class ReaderWalker {
  private final ModelStructReader[] structs;
  private final ListReader[] lists;
  private final AnyPointerReader[] pointers;
  private final ListReader reread = new ListReader();
  private final ModelStructReader element = new ModelStructReader();
  private final TextReader text = new TextReader();
  private final DataReader data = new DataReader();
  private final AnyPointerReader elementPointer = new AnyPointerReader();
  private final MessageBuilder viewCopy = new MessageBuilder(64);
  private final MessageBuilder rawCopy = new MessageBuilder(64);
  private final ModelStructReader copyRoot = new ModelStructReader();
  private static final StructSize ONE_POINTER = new StructSize(0, 1);
  /** Pointers that raised {@link DecodeException}. */
  int rejected;
  /** Pointers and elements read without complaint. */
  long visited;
  /** A checksum of everything read, so the JIT cannot drop the reads. */
  long checksum;

  ReaderWalker(int maxDepth) {
    structs = new ModelStructReader[maxDepth + 2];
    lists = new ListReader[maxDepth + 2];
    pointers = new AnyPointerReader[maxDepth + 2];
    for (int i = 0; i < structs.length; i++) {
      structs[i] = new ModelStructReader();
      lists[i] = new ListReader();
      pointers[i] = new AnyPointerReader();
    }
  }

  /** Walks from the root pointer (a new traversal: the budget is refilled). */
  void walk(MessageReader m) {
    pointer(m.getRoot(pointers[0]), 0);
  }

  private void pointer(AnyPointerReader p, int depth) {
    if (depth >= structs.length - 1) {
      // The reader's nesting limit must have stopped us before this.
      throw new AssertionError(
          "walked " + depth + " levels deep: the nesting limit did not stop the reader");
    }
    try {
      PointerType type = p.pointerType();
      switch (type) {
        case NULL:
          checksum += p.isNull() ? 1 : 0;
          break;
        case CAPABILITY:
          checksum += p.getCapabilityIndex();
          break;
        case STRUCT:
          struct(p.getAsStruct(structs[depth + 1]), depth + 1);
          break;
        case LIST:
          list(p, depth + 1);
          break;
        default:
          throw new AssertionError(type);
      }
      visited++;
    } catch (DecodeException e) {
      rejected++;
    }
  }

  private void struct(ModelStructReader s, int depth) {
    int bytes = s.dataSectionBytes();
    for (int i = 0; i < (bytes + 7) >>> 3; i++) {
      checksum += s.word(i);
    }
    for (int b = 0; b < bytes; b++) {
      checksum += s.byteAt(b) + (s.bit(b * 8 + 7) ? 1 : 0);
    }
    if (bytes >= 4) {
      checksum += s.shortAt(bytes - 2) + s.intAt(bytes - 4);
    }
    for (int i = 0; i < s.pointerSectionSize(); i++) {
      pointer(s.pointer(i, pointers[depth]), depth);
    }
  }

  private void list(AnyPointerReader p, int depth) {
    ListReader l = p.getAsList(lists[depth]);
    elements(l, l.elementSize());
    if (l.elementSize() == ElementSize.POINTER) {
      for (int i = 0; i < l.size(); i++) {
        pointer(l.getAnyPointer(i, pointers[depth]), depth);
      }
    } else if (l.elementSize() == ElementSize.INLINE_COMPOSITE) {
      for (int i = 0; i < l.size(); i++) {
        struct(l.getStruct(i, structs[depth]), depth);
      }
    }
    // The same pointer under the other expectations a schema may legally have for it (a struct
    // list read as primitives or pointers, primitives as structs or narrower primitives): shallow
    // reads only, so the work stays proportional to what the budget was charged.
    for (int expected = ElementSize.VOID; expected <= ElementSize.INLINE_COMPOSITE; expected++) {
      if (expected == l.elementSize() || !compatible(l, expected)) {
        continue;
      }
      try {
        elements(p.getAsList(expected, reread), expected);
        if (expected == ElementSize.POINTER || expected == ElementSize.INLINE_COMPOSITE) {
          shallow(reread);
        }
        if (expected == ElementSize.POINTER
            || expected == ElementSize.EIGHT_BYTES
            || expected == ElementSize.INLINE_COMPOSITE) {
          copiesAgree(p, reread); // the views that matter for copying, not every width
        }
      } catch (DecodeException e) {
        rejected++;
      }
    }
    if (l.elementSize() == ElementSize.BYTE) {
      try {
        TextReader t = p.getAsText(text);
        checksum += t.toString().length() + t.contentHash();
      } catch (DecodeException e) {
        rejected++; // not NUL-terminated
      }
      checksum += p.getAsData(data).contentHash();
    }
  }

  /**
   * A list viewed under another expectation (a struct list as pointers, say) copies exactly like
   * the pointer it was read from: the view must not change what is copied (CVE-2022-46149 was an
   * out-of-bounds read in just this situation).
   */
  private void copiesAgree(AnyPointerReader p, ListReader view) {
    viewCopy.clear();
    viewCopy.initRoot(ONE_POINTER, new ModelStructBuilder()).pointer(0).setAsList(view);
    rawCopy.clear();
    rawCopy.initRoot(ONE_POINTER, new ModelStructBuilder()).pointer(0).set(p);
    byte[] a = Canonical.canonicalize(viewCopy.asReader().getRoot(copyRoot));
    byte[] b = Canonical.canonicalize(rawCopy.asReader().getRoot(copyRoot));
    if (!java.util.Arrays.equals(a, b)) {
      throw new AssertionError(
          "a list read as " + ElementSize.name(view.elementSize()) + " copies differently:\n  view "
              + MessageBytes.hex(a, 160) + "\n  raw  " + MessageBytes.hex(b, 160));
    }
  }

  /** Whether a list stored as {@code l} is, by the encoding rules, readable as {@code expected}. */
  private static boolean compatible(ListReader l, int expected) {
    int stored = l.elementSize();
    if (stored == ElementSize.BIT || expected == ElementSize.BIT) {
      return false;
    }
    if (expected == ElementSize.VOID || expected == ElementSize.INLINE_COMPOSITE) {
      return true;
    }
    if (expected == ElementSize.POINTER) {
      return l.structPointerCount() > 0;
    }
    return l.structDataBytes() * 8 >= ElementSize.dataBits(expected)
        || (stored == ElementSize.INLINE_COMPOSITE && l.structDataBytes() > 0);
  }

  /**
   * Reads every element of {@code l} with the accessor generated code uses for a list of {@code
   * as} elements (the list was read with that expectation, or is stored that way).
   */
  private void elements(ListReader l, int as) {
    int n = l.size();
    switch (as) {
      case ElementSize.VOID:
        checksum += n;
        break;
      case ElementSize.BIT:
        for (int i = 0; i < n; i++) {
          checksum += l.getBoolean(i) ? 1 : 0;
        }
        break;
      case ElementSize.BYTE:
        for (int i = 0; i < n; i++) {
          checksum += l.getByte(i);
        }
        break;
      case ElementSize.TWO_BYTES:
        for (int i = 0; i < n; i++) {
          checksum += l.getShort(i);
        }
        break;
      case ElementSize.FOUR_BYTES:
        for (int i = 0; i < n; i++) {
          checksum += l.getInt(i) + (long) l.getFloat(i);
        }
        break;
      case ElementSize.EIGHT_BYTES:
        for (int i = 0; i < n; i++) {
          checksum += l.getLong(i) + (long) l.getDouble(i);
        }
        break;
      case ElementSize.POINTER:
        for (int i = 0; i < n; i++) {
          checksum += l.hasPointer(i) ? 1 : 0;
        }
        break;
      default:
        for (int i = 0; i < n; i++) {
          ModelStructReader e = l.getStruct(i, element);
          checksum += e.word(0) + e.dataSectionBytes() + e.pointerSectionSize();
          if (i == 0) {
            // Generated equals() canonicalizes any struct, not only roots: elements of lists
            // read as struct lists have 0 to 8 data bytes and maybe a pointer.
            try {
              checksum += Canonical.canonicalize(e).length;
            } catch (DecodeException ex) {
              rejected++;
            }
          }
          if (l.structDataBytes() > 0) {
            checksum += l.getBoolean(i) ? 1 : 0;
          }
        }
    }
  }

  /** One level of the elements' pointers, read as text, data and struct, errors counted. */
  private void shallow(ListReader l) {
    if (l.structPointerCount() == 0) {
      return;
    }
    for (int i = 0; i < l.size(); i++) {
      try {
        checksum += l.getAnyPointer(i, elementPointer).pointerType().ordinal();
        checksum += l.getText(i, text).size();
      } catch (DecodeException e) {
        rejected++;
      }
      try {
        checksum += l.getData(i, data).size();
      } catch (DecodeException e) {
        rejected++;
      }
      try {
        checksum += l.getStructPointer(i, element).dataSectionBytes();
      } catch (DecodeException e) {
        rejected++;
      }
    }
  }
}
