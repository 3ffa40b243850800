package dev.rast.raft.kv;

import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageReader;
import dev.rast.raft.msg.KvMsg.KvResponse;
import dev.rast.raft.msg.KvMsg.Status;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** A blocking client connection that sends raw bytes and reads one {@code KvResponse} at a time (tests). */
public final class RawKvConnection implements Closeable {
  /** One response; {@code null} fields when the node closed the connection instead. */
  public record Response(long id, Status status, String message, int leader) {
    public boolean closed() {
      return status == null;
    }
  }

  private final Socket socket;
  private final DataInputStream in;
  private final OutputStream out;

  public RawKvConnection(InetSocketAddress node, int timeoutMillis) throws IOException {
    socket = new Socket();
    socket.connect(node, timeoutMillis);
    socket.setSoTimeout(timeoutMillis);
    socket.setTcpNoDelay(true);
    in = new DataInputStream(socket.getInputStream());
    out = socket.getOutputStream();
  }

  /** Sends {@code message} with its length prefix. */
  public void send(byte[] message) throws IOException {
    out.write(BadFrames.withLength(message));
    out.flush();
  }

  /** Sends {@code bytes} exactly as given. */
  public void sendRaw(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  /** Reads the next response, or a closed marker when the node closed the connection. */
  public Response read() throws IOException {
    int length;
    byte[] body;
    try {
      length = Integer.reverseBytes(in.readInt());
      body = new byte[length];
      in.readFully(body);
    } catch (EOFException | SocketException e) {
      return new Response(0, null, null, 0);
    }
    KvResponse.Reader r = Framing.read(
            ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN), new MessageReader())
        .getRoot(new KvResponse.Reader());
    return new Response(
        r.getId(), r.getStatus(), r.hasMessage() ? r.getMessage().toString() : null, r.getLeader());
  }

  /** Sends and reads the answer. */
  public Response call(byte[] message) throws IOException {
    send(message);
    return read();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
