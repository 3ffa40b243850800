package dev.rast.raft.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * A non-blocking listening socket on an event loop, shared by the peer and the client ports: both
 * bind the same way and hand every connection the selector reports to their own acceptor, which
 * applies that port's limits.
 */
public final class Listener {
  /** What a port does with one accepted connection (refuse it, or register it). */
  public interface Acceptor {
    /** Takes {@code ch}, still blocking; an IOException is reported through the failure line. */
    void accept(SocketChannel ch) throws IOException;
  }

  private Listener() {}

  /**
   * Binds {@code address} (with SO_REUSEADDR) and registers the socket on {@code selector};
   * throws a {@link java.net.BindException} when the port is busy.
   *
   * @param address where to listen; port 0 picks a free one
   * @param selector the event loop's selector
   * @param acceptor called for every accepted connection, on the loop thread
   * @param what the port's name in the failure line, e.g. {@code "node 1: accepting clients"}
   * @return the bound server socket, for its local address and for closing it
   */
  public static ServerSocketChannel open(
      InetSocketAddress address, Selector selector, Acceptor acceptor, String what)
      throws IOException {
    ServerSocketChannel server = ServerSocketChannel.open();
    server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
    server.bind(address);
    server.configureBlocking(false);
    server.register(selector, SelectionKey.OP_ACCEPT, new IoHandler() {
      @Override
      public void handle(SelectionKey key) throws IOException {
        SocketChannel ch;
        while ((ch = server.accept()) != null) {
          acceptor.accept(ch);
        }
      }

      @Override
      public void fail(IOException e) {
        System.err.println(what + " failed: " + e);
      }
    });
    return server;
  }
}
