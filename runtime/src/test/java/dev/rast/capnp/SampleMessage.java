package dev.rast.capnp;

/**
 * Builds one {@link Sample} message that exercises every field kind, through reused flyweights so
 * that building it again into a cleared {@link MessageBuilder} can be checked to allocate nothing.
 */
final class SampleMessage {
  /** Non-ASCII text: two-, three- and four-byte UTF-8 sequences (the last is a surrogate pair). */
  static final String TEXT = "grüße, 世界 \uD83D\uDE42";

  static final String[] TEXTS = {"a", "ß", "日本語"};
  static final byte[] DATA = new byte[100];
  static final long[] LONGS = {1L, -2L, Long.MAX_VALUE, Long.MIN_VALUE, 5L};
  static final int[] INTS = {7, -8, Integer.MAX_VALUE, 0};
  static final short[] SHORTS = {1, -1, Short.MAX_VALUE, Short.MIN_VALUE};
  static final byte[] BYTES = {1, 2, 3, 4, 5, 6, 7, 8, 9};
  static final double[] DOUBLES = {0.5, -1.25, Double.MAX_VALUE};
  static final boolean[] BOOLS = {true, false, true, true, false, false, true, false, true, true};
  static final int VOIDS = 6;
  static final int CHILDREN = 3;

  static {
    for (int i = 0; i < DATA.length; i++) {
      DATA[i] = (byte) (i * 7);
    }
  }

  private final Sample.Builder root = new Sample.Builder();
  private final Sample.Builder child = new Sample.Builder();
  private final Sample.Builder element = new Sample.Builder();
  private final ListBuilder list = new ListBuilder();
  private final ListBuilder inner = new ListBuilder();
  private final AnyPointerBuilder any = new AnyPointerBuilder();

  /** Builds the sample as {@code m}'s root (which should be empty) and returns the root builder. */
  Sample.Builder build(MessageBuilder m) {
    m.initRoot(Sample.SIZE, root);
    fillScalars(root, 1);
    root.setText(TEXT);
    root.setData(DATA);

    fillScalars(root.initChild(child), 2);
    child.setText("child");

    ListBuilder kids = root.initChildren(CHILDREN, list);
    for (int i = 0; i < CHILDREN; i++) {
      kids.getStruct(i, element);
      fillScalars(element, 10 + i);
      element.setText(TEXTS[i]);
    }

    ListBuilder l = root.initLongs(LONGS.length, list);
    for (int i = 0; i < LONGS.length; i++) {
      l.setLong(i, LONGS[i]);
    }
    l = root.initBools(BOOLS.length, list);
    for (int i = 0; i < BOOLS.length; i++) {
      l.setBoolean(i, BOOLS[i]);
    }
    l = root.initTexts(TEXTS.length, list);
    for (int i = 0; i < TEXTS.length; i++) {
      l.setText(i, TEXTS[i]);
    }
    l = root.initInts(INTS.length, list);
    for (int i = 0; i < INTS.length; i++) {
      l.setInt(i, INTS[i]);
    }
    l = root.initShorts(SHORTS.length, list);
    for (int i = 0; i < SHORTS.length; i++) {
      l.setShort(i, SHORTS[i]);
    }
    l = root.initBytes(BYTES.length, list);
    for (int i = 0; i < BYTES.length; i++) {
      l.setByte(i, BYTES[i]);
    }
    root.initVoids(VOIDS, list);
    l = root.initDoubles(DOUBLES.length, list);
    for (int i = 0; i < DOUBLES.length; i++) {
      l.setDouble(i, DOUBLES[i]);
    }
    l = root.initNested(2, list);
    for (int i = 0; i < 2; i++) {
      ListBuilder in = l.initList(i, ElementSize.FOUR_BYTES, INTS.length, inner);
      for (int j = 0; j < INTS.length; j++) {
        in.setInt(j, INTS[j] + i);
      }
    }

    fillScalars(root.getAny(any).initAsStruct(Sample.SIZE, child), 42);
    return root;
  }

  static void fillScalars(Sample.Builder b, int k) {
    b.setFlag((k & 1) != 0);
    b.setI8((byte) k);
    b.setI16((short) (k * 100));
    b.setI32(k * 10_000);
    b.setI64(k * 1_000_000_007L);
    b.setF32(k * 1.5f);
    b.setU8((byte) (200 + k));
    b.setF64(k * 2.25);
  }
}
