package dev.rast.raft.net;

import java.io.IOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.function.Consumer;

/** Dispatching of a selector's ready keys to their {@link IoHandler} attachments. */
public final class EventLoops {
  private EventLoops() {}

  /** The one dispatching action (a non-capturing method reference: allocated once). */
  private static final Consumer<SelectionKey> DISPATCH = EventLoops::dispatch;

  /**
   * Selects for up to {@code timeoutMillis} (0: just poll) and handles every ready key. The keys
   * are handed over by the selector's action form of {@code select}, which neither fills the
   * selected-key set nor iterates it: no set node and no iterator per ready key.
   */
  public static void selectOnce(Selector selector, long timeoutMillis) throws IOException {
    if (timeoutMillis <= 0) {
      selector.selectNow(DISPATCH);
    } else {
      selector.select(DISPATCH, timeoutMillis);
    }
  }

  private static void dispatch(SelectionKey key) {
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
