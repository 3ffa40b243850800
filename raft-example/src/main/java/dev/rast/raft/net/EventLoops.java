package dev.rast.raft.net;

import java.io.IOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Iterator;

/** Dispatching of a selector's ready keys to their {@link IoHandler} attachments. */
public final class EventLoops {
  private EventLoops() {}

  /** Selects for up to {@code timeoutMillis} (0: just poll) and handles every ready key. */
  public static void selectOnce(Selector selector, long timeoutMillis) throws IOException {
    if (timeoutMillis <= 0) {
      selector.selectNow();
    } else {
      selector.select(timeoutMillis);
    }
    Iterator<SelectionKey> it = selector.selectedKeys().iterator();
    while (it.hasNext()) {
      SelectionKey key = it.next();
      it.remove();
      IoHandler h = (IoHandler) key.attachment();
      try {
        if (key.isValid()) {
          h.handle(key);
        }
      } catch (IOException e) {
        h.fail(e);
      } catch (CancelledKeyException e) {
        h.fail(new IOException("connection closed", e));
      }
    }
  }
}
