package dev.rast.capnp;

import dev.rast.capnp.Structs.R;

/**
 * Visits everything reachable from a struct, reading every pointer in every way the API allows
 * (as struct, as a list of each encoding, as Text, Data, AnyPointer, capability) and every element
 * with the accessor its checked encoding permits. Each read that fails with {@link DecodeException}
 * is counted and skipped, so the walk goes on; any other exception escapes to the caller.
 */
final class Walker {
  private final int maxSteps;
  private int steps;
  int decodeErrors;

  Walker(int maxSteps) {
    this.maxSteps = maxSteps;
  }

  private boolean tired() {
    return ++steps > maxSteps;
  }

  void walkStruct(R s) {
    if (tired()) {
      return;
    }
    for (int off = 0; off < Math.min(s.dataSectionBytes(), 64); off++) {
      s.u8(off);
      s.bool(off * 8 + 7);
      s.u16(off & ~1);
      s.u32(off & ~3);
      s.u64(off & ~7);
    }
    for (int i = 0; i < Math.min(s.pointerSectionSize(), 16); i++) {
      walkPointer(s, i);
    }
  }

  private void walkPointer(R s, int i) {
    AnyPointerReader any = s.any(i);
    attempt(any::pointerType);
    attempt(any::getCapabilityIndex);
    attempt(any::totalSizeInWords);
    attempt(() -> walkStruct(s.struct(i)));
    attempt(() -> s.text(i).toString());
    attempt(() -> s.text(i).contentEquals("x\u00e9"));
    attempt(() -> s.data(i).toByteArray());
    for (int expected = -1; expected < 8; expected++) {
      int e = expected;
      attempt(() -> walkList(s.list(i, e), e));
    }
  }

  void walkList(ListReader l, int expected) {
    if (tired()) {
      return;
    }
    int n = Math.min(l.size(), 32);
    for (int i = 0; i < n; i++) {
      int idx = i;
      switch (expected) {
        case ElementSize.VOID:
          break;
        case ElementSize.BIT:
          l.getBoolean(i);
          break;
        case ElementSize.BYTE:
          l.getByte(i);
          break;
        case ElementSize.TWO_BYTES:
          l.getShort(i);
          break;
        case ElementSize.FOUR_BYTES:
          l.getInt(i);
          l.getFloat(i);
          break;
        case ElementSize.EIGHT_BYTES:
          l.getLong(i);
          l.getDouble(i);
          break;
        case ElementSize.POINTER:
          l.hasPointer(i);
          attempt(() -> l.getText(idx, new TextReader()).toString());
          attempt(() -> l.getData(idx, new DataReader()).toByteArray());
          attempt(() -> walkStruct(l.getStructPointer(idx, new R())));
          attempt(() -> walkList(l.getList(idx, -1, new ListReader()), -1));
          attempt(() -> l.getAnyPointer(idx, new AnyPointerReader()).pointerType());
          break;
        default:
          attempt(() -> walkStruct(l.getStruct(idx, new R())));
      }
    }
  }

  /** Everything the runtime does with a whole message: canonical form, size, deep copy. */
  void walkMessage(MessageReader m) {
    R root;
    try {
      root = Structs.root(m);
    } catch (DecodeException e) {
      decodeErrors++;
      attempt(() -> {
        throw e;
      });
      return;
    }
    walkStruct(root);
    attempt(() -> Canonical.canonicalize(Structs.root(m)));
    attempt(() -> Structs.root(m).totalSizeInWords());
    attempt(() -> {
      MessageBuilder copy = new MessageBuilder(8); // small and growing: copies cross segments
      copy.setRoot(Structs.root(m));
      byte[] original = Canonical.canonicalize(Structs.root(m));
      byte[] copied = Canonical.canonicalize(Structs.root(Words.read(Words.serialize(copy))));
      if (!java.util.Arrays.equals(original, copied)) {
        throw new AssertionError("a deep copy is not canonically equal to its source");
      }
    });
    attempt(() -> new MessageBuilder()
        .getRoot(new AnyPointerBuilder())
        .set(m.getRoot(new AnyPointerReader())));
  }

  private void attempt(Runnable r) {
    try {
      r.run();
    } catch (DecodeException e) {
      decodeErrors++;
      String msg = e.getMessage();
      if (msg == null || !msg.contains("segment") || !msg.contains("word")) {
        throw new AssertionError(
            "a DecodeException raised while reading pointers must name segment and word", e);
      }
    }
  }
}
