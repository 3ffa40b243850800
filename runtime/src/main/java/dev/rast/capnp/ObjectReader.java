package dev.rast.capnp;

import java.nio.ByteBuffer;

/**
 * What every read flyweight shares: the message it reads, the segment its object lives in, and how
 * much deeper it may follow pointers. Also resolves far and double-far pointers, so that struct,
 * list, text and data readers land on their object the same way.
 *
 * <p>Subclasses are re-pointed in place (no allocation); a flyweight is valid until it is re-pointed
 * or its message's buffers change.
 */
public abstract class ObjectReader {
  MessageReader message;
  ByteBuffer buffer;
  /** {@link HeapBytes#arrayOf} {@link #buffer}, set wherever the buffer is; null: use the buffer. */
  byte[] array;

  int segment;
  int nesting;

  /** Byte index (in {@link #buffer}) of the object content found by {@link #follow}. */
  long contentPos;

  /**
   * Byte bounds {@code [start, end)} of {@link #segment} in {@link #buffer}, as {@link #bounds}
   * packs them (one field, so copying a view costs one load and one store). Set with segment and
   * buffer by {@link #follow} and {@link #followIn}, and copied by the struct and list readers
   * wherever they copy a view. The object found is checked against them ({@link #checkContent});
   * an object that a pointer in this one's sections refers to gets them from here ({@link
   * #followIn}), so the common near pointer never goes back to the message's segment table.
   */
  long segBounds;

  /** {@code start} and {@code end} (both non-negative) packed into one {@link #segBounds}. */
  static long bounds(int start, int end) {
    return (start & 0xFFFFFFFFL) | ((long) end << 32);
  }

  ObjectReader() {}

  /**
   * The message this flyweight reads, or {@code null} before it is first pointed anywhere.
   *
   * @return the message this reader views
   */
  public final MessageReader message() {
    return message;
  }

  /**
   * Follows the non-null pointer {@code ptr} stored at byte {@code ptrPos} of {@code seg}: lands on
   * the object (through far and double-far pads), sets {@link #segment}, {@link #buffer} and {@link
   * #contentPos}, and returns the word that describes the object (its tag). The object's size is
   * not checked here: the caller knows it from the tag and checks bounds with it. Landing pads are
   * charged to the traversal budget (1 or 2 words), as capnp C++ charges them.
   */
  final long follow(MessageReader m, int seg, int ptrPos, long ptr) {
    return follow(m, seg, ptrPos, ptr, true);
  }

  /**
   * As {@link #follow(MessageReader, int, int, long)}; {@code charge} false only peeks at the kind
   * of a target that the caller then reads (and charges) through a typed reader.
   */
  final long follow(MessageReader m, int seg, int ptrPos, long ptr, boolean charge) {
    // Reference fields are compared before they are stored: a re-pointed flyweight almost always
    // keeps its message and buffer, and skipping the store skips the GC write barrier that every
    // reference store pays (a measurable part of a hot read loop).
    if (message != m) {
      message = m;
    }
    if (Wire.kind(ptr) != Wire.FAR) {
      segment = seg;
      ByteBuffer b = m.buffer(seg);
      if (buffer != b) {
        buffer = b;
        array = m.array(seg);
      }
      segBounds = bounds(m.start(seg), m.end(seg));
      contentPos = ptrPos + 8 + ((long) Wire.offset(ptr) << 3);
      return ptr;
    }
    return followFar(m, seg, ptrPos, ptr, charge);
  }

  /**
   * As {@link #follow}, for the pointer {@code ptr} read at byte {@code ptrPos} of the object that
   * {@code owner} (a struct or list reader) views, so in {@code owner}'s segment. A near pointer
   * lands in that segment: this reader takes {@code owner}'s message, buffer and segment bounds
   * instead of looking them up in the message's segment table. The bounds are the same ones; the
   * object is still checked against them by the caller ({@link #checkContent}).
   */
  final long followIn(ObjectReader owner, int ptrPos, long ptr) {
    if (Wire.kind(ptr) == Wire.FAR) {
      return followFar(owner.message, owner.segment, ptrPos, ptr, true);
    }
    MessageReader m = owner.message;
    if (message != m) { // see follow
      message = m;
    }
    segment = owner.segment;
    ByteBuffer b = owner.buffer;
    if (buffer != b) {
      buffer = b;
      array = owner.array;
    }
    segBounds = owner.segBounds;
    contentPos = ptrPos + 8 + ((long) Wire.offset(ptr) << 3);
    return ptr;
  }

  /**
   * Fails unless the {@code bytes} bytes at {@link #contentPos} lie within this reader's segment
   * ({@link #segBounds}); the pointer at {@code ptrPos} of {@code ptrSeg} is named in
   * the error.
   */
  final void checkContent(MessageReader m, long bytes, long ptr, int ptrPos, int ptrSeg) {
    long pos = contentPos;
    long b = segBounds;
    if (pos < (int) b || bytes > (int) (b >>> 32) - pos) {
      m.outOfBounds(segment, pos, bytes, ptr, ptrPos, ptrSeg);
    }
  }

  /**
   * The far and double-far cases of {@link #follow}. Kept out of it so that {@code follow} stays
   * small enough for the JIT to inline into every pointer read (a method over 325 bytecodes is
   * not inlined, and the error messages alone make the far path larger than that).
   */
  private long followFar(MessageReader m, int seg, int ptrPos, long ptr, boolean charge) {
    if (message != m) {
      message = m;
    }
    int padSeg = Wire.farSegment(ptr);
    if (!m.hasSegment(padSeg)) {
      throw new DecodeException(
          Wire.kindName(ptr) + " pointer at " + m.where(seg, ptrPos) + " names segment "
              + Integer.toUnsignedString(padSeg) + ", but the message has " + m.segmentCount());
    }
    long padPos = m.start(padSeg) + ((long) Wire.farPadOffset(ptr) << 3);
    ByteBuffer padBuf = m.buffer(padSeg);
    if (!Wire.farIsDouble(ptr)) {
      m.checkBounds(padSeg, padPos, 8, ptr, ptrPos, seg);
      if (charge) {
        m.charge(1, seg, ptrPos);
      }
      long pad = padBuf.getLong((int) padPos);
      if (Wire.kind(pad) == Wire.FAR) {
        throw new DecodeException("far pointer at " + m.where(seg, ptrPos)
            + " lands on another far pointer at " + m.where(padSeg, (int) padPos));
      }
      segment = padSeg;
      buffer = padBuf;
      array = m.array(padSeg);
      segBounds = bounds(m.start(padSeg), m.end(padSeg));
      contentPos = padPos + 8 + ((long) Wire.offset(pad) << 3);
      return pad;
    }
    m.checkBounds(padSeg, padPos, 16, ptr, ptrPos, seg);
    if (charge) {
      m.charge(2, seg, ptrPos);
    }
    long far = padBuf.getLong((int) padPos);
    long tag = padBuf.getLong((int) padPos + 8);
    if (Wire.kind(far) != Wire.FAR || Wire.farIsDouble(far)) {
      throw new DecodeException(
          "double-far pointer at " + m.where(seg, ptrPos) + ": first word of its landing pad at "
              + m.where(padSeg, (int) padPos) + " is not a single far pointer");
    }
    if (Wire.kind(tag) == Wire.FAR) {
      throw new DecodeException(
          "double-far pointer at " + m.where(seg, ptrPos) + ": tag word of its landing pad at "
              + m.where(padSeg, (int) padPos + 8) + " is a far pointer");
    }
    int contentSeg = Wire.farSegment(far);
    if (!m.hasSegment(contentSeg)) {
      throw new DecodeException(
          "double-far pointer at " + m.where(seg, ptrPos) + " lands in segment "
              + Integer.toUnsignedString(contentSeg) + ", but the message has " + m.segmentCount());
    }
    segment = contentSeg;
    buffer = m.buffer(contentSeg);
    array = m.array(contentSeg);
    segBounds = bounds(m.start(contentSeg), m.end(contentSeg));
    contentPos = m.start(contentSeg) + ((long) Wire.farPadOffset(far) << 3);
    return tag;
  }
}
