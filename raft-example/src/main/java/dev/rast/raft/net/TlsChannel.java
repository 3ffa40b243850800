package dev.rast.raft.net;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLException;

/**
 * A non-blocking TLS connection: an {@link SSLEngine} over a {@link SocketChannel} of an event
 * loop, seen by the frame reader and writer as a plain {@link ByteChannel} of application bytes.
 * Only TLS connections go through it; a plaintext connection uses its socket directly.
 *
 * <p>Lifecycle: the owner calls {@link #handshake} on every event until it returns true (it sets
 * the key's interest to what the handshake waits for: {@code OP_READ} for the peer's flight,
 * {@code OP_WRITE} while our flight does not fit the socket), then reads with {@link #readFrames}
 * and writes with {@link #write}. {@link #close} sends close_notify (best effort, never blocking)
 * and closes the socket; a received close_notify reads as end of stream.
 *
 * <p>Delegated tasks (certificate checks, key exchange) run inline on the event loop: they happen
 * once per connection and take about a millisecond with EC keys, the number of connections being
 * handshaken is bounded by the ports' connection limits and handshake timeout, and inline runs
 * need no thread handoff or selector wakeup.
 *
 * <p>Memory: nothing before the first byte; then one buffer of the engine's packet size (~16 KiB)
 * for received records, one for records to send, and after the handshake one of the application
 * size for decrypted bytes when the reader's buffer is too small to decrypt into directly.
 *
 * <p>Partial writes: when the socket takes only part of the records made from a write's bytes,
 * {@link #write} reports those bytes as not yet written (it holds them back) and sends the rest of
 * the records on the next call, which must pass the same bytes again at the front of its buffer
 * (a {@link FrameWriter} and the handshake buffers do). So the owner's queue, and its {@code
 * OP_WRITE} interest, stay non-empty until the bytes are on the socket. Not thread-safe.
 */
public final class TlsChannel implements ByteChannel {
  private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);
  /** Socket reads one {@link #readFrames} may do; more waits for the next event (fairness). */
  private static final int SOCKET_READS_PER_EVENT = 8;

  private final SocketChannel socket;
  private final SSLEngine engine;
  /** Received bytes not yet decrypted, in write mode (null before the first byte). */
  private ByteBuffer netIn;
  /** Records not yet written to the socket, in write mode (null before the first record). */
  private ByteBuffer netOut;
  /** Decrypted bytes not yet delivered, in read mode (null until needed). */
  private ByteBuffer appIn;
  /** Bytes of the caller's buffer already in {@link #netOut} but reported as not written. */
  private int heldBack;
  /** The last unwrap needed more bytes than {@link #netIn} holds. */
  private boolean underflow;

  private boolean handshaken;
  private boolean inboundDone;
  private boolean closed;
  private int socketReads = SOCKET_READS_PER_EVENT;

  /** Starts the handshake of {@code engine} (client or server mode already set) on {@code socket}. */
  public TlsChannel(SocketChannel socket, SSLEngine engine) throws SSLException {
    this.socket = socket;
    this.engine = engine;
    engine.beginHandshake();
  }

  /**
   * Advances the handshake as far as the socket allows; true once it is complete (then the key's
   * interest is {@code OP_READ}). Throws a {@link ProtocolException} naming the TLS failure (an
   * untrusted or missing certificate, a peer that does not speak TLS) after trying to send the
   * alert.
   */
  public boolean handshake(SelectionKey key) throws IOException {
    if (handshaken) {
      return true;
    }
    try {
      while (true) {
        if (!flushNet()) {
          interest(key, SelectionKey.OP_WRITE);
          return false;
        }
        switch (engine.getHandshakeStatus()) {
          case NEED_TASK -> runTasks();
          case NEED_WRAP -> {
            if (wrap(EMPTY).getStatus() == SSLEngineResult.Status.CLOSED) {
              throw new ProtocolException("TLS: the peer closed the connection in the handshake");
            }
          }
          case NEED_UNWRAP, NEED_UNWRAP_AGAIN -> {
            SSLEngineResult.Status s = unwrapForHandshake();
            if (s == SSLEngineResult.Status.CLOSED) {
              throw new ProtocolException("TLS: the peer closed the connection in the handshake");
            }
            if (s == SSLEngineResult.Status.BUFFER_UNDERFLOW) {
              int n = readSocket();
              if (n < 0) {
                throw new IOException("closed the connection in the TLS handshake");
              }
              if (n == 0) {
                interest(key, SelectionKey.OP_READ);
                return false;
              }
            }
          }
          default -> {
            handshaken = true;
            interest(key, SelectionKey.OP_READ);
            return true;
          }
        }
      }
    } catch (SSLException e) {
      sendAlert();
      throw new ProtocolException("TLS handshake failed: " + e.getMessage());
    }
  }

  /** The other side's certificate (null: it presented none). */
  public java.security.cert.X509Certificate peerCertificate() {
    try {
      java.security.cert.Certificate[] chain = engine.getSession().getPeerCertificates();
      return chain.length == 0 ? null : (java.security.cert.X509Certificate) chain[0];
    } catch (javax.net.ssl.SSLPeerUnverifiedException e) {
      return null;
    }
  }

  /** Whether the handshake is complete. */
  public boolean handshaken() {
    return handshaken;
  }

  /**
   * Delivers what the socket has to {@code reader} (a few socket reads at most), including bytes
   * already decrypted or received into this channel's buffers, which the selector cannot report.
   * Returns false at end of stream, as {@link FrameReader#read} does.
   */
  public boolean readFrames(FrameReader reader, FrameReader.Handler handler) throws IOException {
    socketReads = SOCKET_READS_PER_EVENT;
    do {
      if (!reader.read(this, handler)) {
        return false;
      }
    } while (hasBufferedInput());
    return true;
  }

  /** Whether bytes wait in this channel that a read would deliver without the socket. */
  public boolean hasBufferedInput() {
    return (appIn != null && appIn.hasRemaining())
        || (netIn != null && netIn.position() > 0 && !underflow);
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    try {
      return readApp(dst);
    } catch (SSLException e) {
      throw new ProtocolException("TLS: " + e.getMessage());
    }
  }

  private int readApp(ByteBuffer dst) throws IOException {
    int n = 0;
    while (dst.hasRemaining()) {
      if (appIn != null && appIn.hasRemaining()) {
        n += move(appIn, dst);
        continue;
      }
      if (inboundDone) {
        return n > 0 ? n : -1;
      }
      if (netIn != null && netIn.position() > 0 && !underflow) {
        n += unwrapInto(dst);
        continue;
      }
      if (socketReads <= 0) {
        return n;
      }
      socketReads--;
      int r = readSocket();
      if (r < 0) {
        inboundDone = true; // closed without close_notify: treated as the end of the stream
        return n > 0 ? n : -1;
      }
      if (r == 0) {
        return n;
      }
    }
    return n;
  }

  /**
   * Decrypts one record into {@code dst} directly when it has room for any record (returning the
   * bytes put there), else into {@link #appIn} (returning 0).
   */
  private int unwrapInto(ByteBuffer dst) throws IOException {
    int appSize = engine.getSession().getApplicationBufferSize();
    boolean direct = dst.remaining() >= appSize;
    ByteBuffer into = direct ? dst : appIn(appSize);
    SSLEngineResult r = unwrap(into);
    if (!direct) {
      appIn.flip();
    }
    switch (r.getStatus()) {
      case CLOSED -> inboundDone = true;
      case BUFFER_UNDERFLOW -> underflow = true;
      case BUFFER_OVERFLOW -> // a record larger than the session said: a bigger buffer, then again
      appIn = ByteBuffer.allocate(2 * Math.max(appSize, appIn == null ? 0 : appIn.capacity()))
          .flip();
      case OK -> {
        if (r.getHandshakeStatus() == HandshakeStatus.NEED_WRAP) {
          wrap(EMPTY); // a post-handshake message (key update) to answer
          flushNet();
        }
        if (r.bytesConsumed() == 0 && r.bytesProduced() == 0) {
          underflow = true; // no progress without more bytes
        }
      }
    }
    return direct ? r.bytesProduced() : 0;
  }

  /** {@link #appIn} emptied and in write mode, allocated at {@code size} when missing. */
  private ByteBuffer appIn(int size) {
    if (appIn == null || appIn.capacity() < size) {
      appIn = ByteBuffer.allocate(size);
    }
    return appIn.clear();
  }

  private static int move(ByteBuffer from, ByteBuffer to) {
    int k = Math.min(from.remaining(), to.remaining());
    int lim = from.limit();
    from.limit(from.position() + k);
    to.put(from);
    from.limit(lim);
    return k;
  }

  @Override
  public int write(ByteBuffer src) throws IOException {
    if (closed) {
      throw new IOException("TLS connection closed");
    }
    if (!handshaken) {
      return 0;
    }
    int done = 0;
    if (netOut != null && netOut.position() > 0) {
      if (!flushNet()) {
        return 0;
      }
      int k = Math.min(heldBack, src.remaining());
      src.position(src.position() + k);
      done = k;
    }
    heldBack = 0;
    while (src.hasRemaining()) {
      int before = src.position();
      SSLEngineResult r = wrap(src);
      if (r.getStatus() == SSLEngineResult.Status.CLOSED) {
        throw new IOException("TLS connection closed");
      }
      int consumed = src.position() - before;
      if (!flushNet()) {
        src.position(before);
        heldBack = consumed;
        return done;
      }
      done += consumed;
    }
    return done;
  }

  /** Encrypts from {@code src} into {@link #netOut} (which the caller has flushed first). */
  private SSLEngineResult wrap(ByteBuffer src) throws SSLException {
    int size = engine.getSession().getPacketBufferSize();
    if (netOut == null || netOut.capacity() < size) {
      ByteBuffer bigger = ByteBuffer.allocate(size);
      if (netOut != null) {
        netOut.flip();
        bigger.put(netOut);
      }
      netOut = bigger;
    }
    SSLEngineResult r = engine.wrap(src, netOut);
    if (r.getHandshakeStatus() == HandshakeStatus.NEED_TASK) {
      runTasks();
    }
    return r;
  }

  /** Writes {@link #netOut} to the socket; true when nothing is left. */
  private boolean flushNet() throws IOException {
    if (netOut == null || netOut.position() == 0) {
      return true;
    }
    netOut.flip();
    try {
      socket.write(netOut);
    } finally {
      netOut.compact();
    }
    return netOut.position() == 0;
  }

  private SSLEngineResult.Status unwrapForHandshake() throws IOException {
    if (netIn == null || netIn.position() == 0) {
      return SSLEngineResult.Status.BUFFER_UNDERFLOW;
    }
    ByteBuffer into = appIn == null ? EMPTY : appIn.compact();
    SSLEngineResult r = unwrap(into);
    if (appIn != null) {
      appIn.flip();
    }
    if (r.getStatus() == SSLEngineResult.Status.BUFFER_OVERFLOW) {
      appIn(engine.getSession().getApplicationBufferSize()).flip(); // then unwrap again
    }
    return r.getStatus();
  }

  private SSLEngineResult unwrap(ByteBuffer dst) throws SSLException {
    netIn.flip();
    SSLEngineResult r;
    try {
      r = engine.unwrap(netIn, dst);
    } finally {
      netIn.compact();
    }
    if (r.getHandshakeStatus() == HandshakeStatus.NEED_TASK) {
      runTasks();
    }
    return r;
  }

  /** Reads from the socket into {@link #netIn}, making room for a whole record first. */
  private int readSocket() throws IOException {
    int size = engine.getSession().getPacketBufferSize();
    if (netIn == null) {
      netIn = ByteBuffer.allocate(size);
    } else if (!netIn.hasRemaining()) {
      if (netIn.capacity() >= size) {
        throw new ProtocolException("TLS: a record larger than " + netIn.capacity() + " bytes");
      }
      ByteBuffer bigger = ByteBuffer.allocate(size);
      netIn.flip();
      netIn = bigger.put(netIn);
    }
    int n = socket.read(netIn);
    if (n > 0) {
      underflow = false;
    }
    return n;
  }

  private void runTasks() {
    Runnable task;
    while ((task = engine.getDelegatedTask()) != null) {
      task.run();
    }
  }

  /** After a failed handshake: sends the engine's alert if the socket takes it now. */
  private void sendAlert() {
    try {
      engine.closeOutbound();
      if (netOut == null || netOut.position() == 0) {
        wrap(EMPTY);
      }
      flushNet();
    } catch (IOException | RuntimeException ignored) {
      // the connection is being closed anyway
    }
  }

  private static void interest(SelectionKey key, int ops) {
    if (key.interestOps() != ops) {
      key.interestOps(ops);
    }
  }

  @Override
  public boolean isOpen() {
    return !closed;
  }

  /** Sends close_notify if the socket takes it now, then closes the socket. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (handshaken) {
        engine.closeOutbound();
        if (flushNet()) {
          wrap(EMPTY);
          flushNet();
        }
      }
    } catch (IOException | RuntimeException ignored) {
      // best effort: the socket closes either way
    } finally {
      socket.close();
    }
  }
}
