package dev.rast.capnp;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Little-endian access to a segment by absolute byte index, straight on the backing array of a heap
 * buffer when there is one, else through the {@link ByteBuffer}.
 *
 * <p>Why: every {@code HeapByteBuffer.getLong(i)} checks {@code i} against the buffer's limit, asks
 * for its memory session and branches on its byte order before it loads. A {@link VarHandle} view of
 * the array ({@link MethodHandles#byteArrayViewVarHandle}) with a fixed little-endian order does one
 * check, against the array's length, which the JIT can often merge with its neighbours. In the
 * reader's hot loops (a struct's scalars, a pointer word) this was about a third of the profile.
 *
 * <p>Safety is unchanged: the array is only used when index {@code i} of the array is index {@code
 * i} of the buffer ({@link #arrayOf}: writable heap buffer, array offset 0), and every index is
 * still checked against the array, so malformed input that slipped past the runtime's own segment
 * checks would still fail with an {@link IndexOutOfBoundsException}, never read foreign memory. The
 * runtime's own checks (segment bounds, traversal budget) are what stop malformed input, as before.
 *
 * <p>Callers keep a flyweight's {@code array} in step with its {@code buffer}: it is {@link
 * #arrayOf} of that buffer, and it is set wherever the buffer is.
 */
final class HeapBytes {
  private static final VarHandle SHORT =
      MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private HeapBytes() {}

  /**
   * The array to read {@code b} through: its backing array when byte {@code i} of the array is
   * byte {@code i} of the buffer (a writable heap buffer with array offset 0), else null (direct,
   * read-only or offset buffers are read through the buffer).
   */
  static byte[] arrayOf(ByteBuffer b) {
    return b != null && b.hasArray() && b.arrayOffset() == 0 ? b.array() : null;
  }

  static byte get(byte[] a, ByteBuffer b, int i) {
    return a != null ? a[i] : b.get(i);
  }

  static short getShort(byte[] a, ByteBuffer b, int i) {
    return a != null ? (short) SHORT.get(a, i) : b.getShort(i);
  }

  static int getInt(byte[] a, ByteBuffer b, int i) {
    return a != null ? (int) INT.get(a, i) : b.getInt(i);
  }

  static long getLong(byte[] a, ByteBuffer b, int i) {
    return a != null ? (long) LONG.get(a, i) : b.getLong(i);
  }

  /** The little-endian long at byte {@code i} of {@code a}. */
  static long getLong(byte[] a, int i) {
    return (long) LONG.get(a, i);
  }

  /** Stores {@code v} little-endian at byte {@code i} of {@code a}. */
  static void putLong(byte[] a, int i, long v) {
    LONG.set(a, i, v);
  }

  static void put(byte[] a, ByteBuffer b, int i, byte v) {
    if (a != null) {
      a[i] = v;
    } else {
      b.put(i, v);
    }
  }

  static void putShort(byte[] a, ByteBuffer b, int i, short v) {
    if (a != null) {
      SHORT.set(a, i, v);
    } else {
      b.putShort(i, v);
    }
  }

  static void putInt(byte[] a, ByteBuffer b, int i, int v) {
    if (a != null) {
      INT.set(a, i, v);
    } else {
      b.putInt(i, v);
    }
  }

  static void putLong(byte[] a, ByteBuffer b, int i, long v) {
    if (a != null) {
      LONG.set(a, i, v);
    } else {
      b.putLong(i, v);
    }
  }
}
