package dev.rast.capnp.text;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Hand-assembles a single-segment message of {@code oracle.capnp}'s {@code Scalars} struct, so
 * that arbitrary bit patterns and byte strings can be shown to {@code capnp decode}:
 * <pre>
 * struct Scalars { f32 @0 :List(Float32); f64 @1 :List(Float64);
 *                  texts @2 :List(Text); datas @3 :List(Data); colors @4 :List(Color); }
 * enum Color { red @0; green @1; }
 * </pre>
 * Layout (words): stream header, root pointer, the root's 5 pointers, then each list in field
 * order; text/data lists are pointer lists followed by their byte lists. Test-only; a reference
 * encoder the tool accepts, not a general builder.
 */
final class OracleMessage {
  private static final int POINTERS = 5;
  private static final int ELEMENT_BYTE = 2;
  private static final int ELEMENT_TWO_BYTES = 3;
  private static final int ELEMENT_FOUR_BYTES = 4;
  private static final int ELEMENT_EIGHT_BYTES = 5;
  private static final int ELEMENT_POINTER = 6;

  private final ByteBuffer segment;
  private int nextWord;

  private OracleMessage(int words) {
    segment = ByteBuffer.allocate(words * 8).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** The framed message bytes (segment table + segment). */
  static byte[] scalars(
      int[] float32Bits, long[] float64Bits, List<byte[]> texts, List<byte[]> datas, int[] colors) {
    int words = 1
        + POINTERS
        + (float32Bits.length + 1) / 2
        + float64Bits.length
        + texts.size()
        + blobWords(texts, 1)
        + datas.size()
        + blobWords(datas, 0)
        + (colors.length + 3) / 4;
    OracleMessage m = new OracleMessage(words);
    int root = m.allocate(1);
    int pointers = m.allocate(POINTERS);
    m.segment.putLong(root * 8, structPointer(root, pointers, 0, POINTERS));

    int f32 = m.allocate((float32Bits.length + 1) / 2);
    for (int i = 0; i < float32Bits.length; i++) {
      m.segment.putInt(f32 * 8 + i * 4, float32Bits[i]);
    }
    m.segment.putLong(
        pointers * 8, listPointer(pointers, f32, ELEMENT_FOUR_BYTES, float32Bits.length));

    int f64 = m.allocate(float64Bits.length);
    for (int i = 0; i < float64Bits.length; i++) {
      m.segment.putLong(f64 * 8 + i * 8, float64Bits[i]);
    }
    m.segment.putLong(
        (pointers + 1) * 8,
        listPointer(pointers + 1, f64, ELEMENT_EIGHT_BYTES, float64Bits.length));

    m.blobList(pointers + 2, texts, 1);
    m.blobList(pointers + 3, datas, 0);

    int enums = m.allocate((colors.length + 3) / 4);
    for (int i = 0; i < colors.length; i++) {
      m.segment.putShort(enums * 8 + i * 2, (short) colors[i]);
    }
    m.segment.putLong(
        (pointers + 4) * 8, listPointer(pointers + 4, enums, ELEMENT_TWO_BYTES, colors.length));

    ByteBuffer framed = ByteBuffer.allocate(8 + words * 8).order(ByteOrder.LITTLE_ENDIAN);
    framed.putInt(0).putInt(words).put(m.segment.array());
    return framed.array();
  }

  private void blobList(int pointerWord, List<byte[]> blobs, int terminator) {
    int list = allocate(blobs.size());
    segment.putLong(pointerWord * 8, listPointer(pointerWord, list, ELEMENT_POINTER, blobs.size()));
    for (int i = 0; i < blobs.size(); i++) {
      byte[] blob = blobs.get(i);
      int bytes = blob.length + terminator;
      int at = allocate((bytes + 7) / 8);
      segment.put(at * 8, blob);
      segment.putLong((list + i) * 8, listPointer(list + i, at, ELEMENT_BYTE, bytes));
    }
  }

  private static int blobWords(List<byte[]> blobs, int terminator) {
    int words = 0;
    for (byte[] blob : blobs) {
      words += (blob.length + terminator + 7) / 8;
    }
    return words;
  }

  private int allocate(int words) {
    int at = nextWord;
    nextWord += words;
    return at;
  }

  private static long structPointer(int at, int target, int dataWords, int pointerCount) {
    long offset = target - at - 1;
    return (offset << 2) & 0xFFFFFFFFL | ((long) dataWords << 32) | ((long) pointerCount << 48);
  }

  private static long listPointer(int at, int target, int elementSize, int count) {
    long offset = target - at - 1;
    return ((offset << 2) | 1) & 0xFFFFFFFFL | ((long) (elementSize | (count << 3)) << 32);
  }
}
