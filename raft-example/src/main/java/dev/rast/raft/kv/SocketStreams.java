package dev.rast.raft.kv;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;

/**
 * A blocking socket's streams as a {@link ByteChannel} of heap buffers, so that {@link KvClient}
 * reads and writes a TLS socket ({@link javax.net.ssl.SSLSocket}, whose reads and writes may run
 * on two threads at once) as it does a plaintext {@link java.nio.channels.SocketChannel}.
 */
final class SocketStreams implements ByteChannel {
  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  SocketStreams(Socket socket) throws IOException {
    this.socket = socket;
    this.in = socket.getInputStream();
    this.out = socket.getOutputStream();
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    int n = in.read(dst.array(), dst.arrayOffset() + dst.position(), dst.remaining());
    if (n > 0) {
      dst.position(dst.position() + n);
    }
    return n;
  }

  @Override
  public int write(ByteBuffer src) throws IOException {
    int n = src.remaining();
    out.write(src.array(), src.arrayOffset() + src.position(), n);
    src.position(src.limit());
    return n;
  }

  @Override
  public boolean isOpen() {
    return !socket.isClosed();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
