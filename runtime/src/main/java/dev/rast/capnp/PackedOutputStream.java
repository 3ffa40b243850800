package dev.rast.capnp;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * Packs everything written to it (see {@link Packing} for the encoding) into another stream, so a
 * message can be written straight to a socket or file without an intermediate packed copy.
 *
 * <p>Writes may be chunked arbitrarily, even splitting words: the output is the same as one
 * {@link Packing#pack} over all bytes written, except where {@link #flush()} or {@link #endRun()}
 * ends a run early. A run is held back until it ends, because its count byte precedes the words
 * it counts; at most one run (2,050 bytes) is pending at any time.
 *
 * <p>All buffers are allocated by the constructor; writing allocates nothing. The total written
 * must be whole words when the stream is closed. Not thread-safe.
 */
public final class PackedOutputStream extends OutputStream {
  private static final VarHandle LITTLE_ENDIAN_LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final int BUFFER_SIZE = 8192;
  /** Longest encoding of one tag: tag, 8 bytes, count and a full literal run. */
  private static final int MAX_TAG_BYTES = 1 + 8 + 1 + 8 * Packing.MAX_RUN_WORDS;

  private static final int NO_RUN = 0;
  private static final int ZERO_RUN = 1;
  private static final int LITERAL_RUN = 2;

  private final OutputStream out;
  /** Packed bytes not yet handed to {@code out}; {@code buffer[countAt]} awaits a run's count. */
  private final byte[] buffer = new byte[BUFFER_SIZE];

  private int buffered;
  /** {@code NO_RUN}, {@code ZERO_RUN} or {@code LITERAL_RUN}. */
  private int run = NO_RUN;

  private int runWords;
  private int countAt;
  /** The bytes of an unfinished word, byte {@code i} at bits {@code 8i}. */
  private long partial;

  private int partialBytes;
  private boolean closed;

  /**
   * Creates a stream that writes the packed form of its input to {@code out}.
   *
   * @param out where the packed bytes go
   */
  public PackedOutputStream(OutputStream out) {
    this.out = Objects.requireNonNull(out, "out == null");
  }

  /** Writes one byte; it is packed once its word is complete. */
  @Override
  public void write(int b) throws IOException {
    ensureOpen();
    partial |= (b & 0xFFL) << (partialBytes << 3);
    partialBytes++;
    if (partialBytes == 8) {
      long word = partial;
      partial = 0;
      partialBytes = 0;
      packWord(word);
    }
  }

  /** Writes {@code len} bytes; whole words are packed, a trailing part waits for the next write. */
  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, b.length);
    ensureOpen();
    int end = off + len;
    while (partialBytes != 0 && off < end) {
      write(b[off++]);
    }
    while (end - off >= 8) {
      packWord((long) LITTLE_ENDIAN_LONG.get(b, off));
      off += 8;
    }
    while (off < end) {
      write(b[off++]);
    }
  }

  /**
   * Ends the run in progress, so that the next word starts a new tag, without flushing
   * {@code out}. capnp's C++ writer ends runs between the segment table and each segment; calling
   * this at those points reproduces its output byte for byte.
   *
   * @throws IllegalStateException if the bytes written so far are not whole words
   * @throws IOException when the underlying stream or channel fails
   */
  public void endRun() throws IOException {
    ensureOpen();
    if (partialBytes != 0) {
      throw new IllegalStateException(
          "endRun() inside a word: " + partialBytes + " bytes of the current word written");
    }
    finishRun();
  }

  /**
   * Ends the run in progress and passes all complete words to {@code out}, then flushes it.
   * Ending the run may make the output a few bytes longer than packing in one go, but it stays
   * valid. Bytes of an unfinished word are kept until the word is complete.
   */
  @Override
  public void flush() throws IOException {
    ensureOpen();
    finishRun();
    drain();
    out.flush();
  }

  /**
   * Writes what is pending and closes {@code out}.
   *
   * @throws IllegalStateException if the total written is not a multiple of 8 bytes; {@code out}
   *     is closed anyway, with the complete words written to it
   */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    int leftover = partialBytes;
    try {
      finishRun();
      drain();
      out.flush();
    } finally {
      out.close();
    }
    if (leftover != 0) {
      throw new IllegalStateException("closed after a partial word: the total written is "
          + leftover + " bytes past a multiple of 8, packing needs whole words");
    }
  }

  private void packWord(long word) throws IOException {
    if (run == ZERO_RUN) {
      if (word == 0) {
        extendRun();
        return;
      }
      finishRun();
    } else if (run == LITERAL_RUN) {
      if (Packing.extendsLiteralRun(word)) {
        putWord(word);
        extendRun();
        return;
      }
      finishRun();
    }
    // No run is pending here, so the buffer may be drained.
    if (BUFFER_SIZE - buffered < MAX_TAG_BYTES) {
      drain();
    }
    int tag = Packing.tag(word);
    buffer[buffered++] = (byte) tag;
    for (int i = 0; i < 8; i++) {
      byte b = (byte) (word >>> (i << 3));
      if (b != 0) {
        buffer[buffered++] = b;
      }
    }
    if (tag == 0 || tag == 0xFF) {
      run = tag == 0 ? ZERO_RUN : LITERAL_RUN;
      runWords = 0;
      countAt = buffered++;
    }
  }

  private void putWord(long word) {
    LITTLE_ENDIAN_LONG.set(buffer, buffered, word);
    buffered += 8;
  }

  private void extendRun() {
    runWords++;
    if (runWords == Packing.MAX_RUN_WORDS) {
      finishRun();
    }
  }

  private void finishRun() {
    if (run != NO_RUN) {
      buffer[countAt] = (byte) runWords;
      run = NO_RUN;
    }
  }

  private void drain() throws IOException {
    if (buffered > 0) {
      out.write(buffer, 0, buffered);
      buffered = 0;
    }
  }

  private void ensureOpen() throws IOException {
    if (closed) {
      throw new IOException("PackedOutputStream is closed");
    }
  }
}
