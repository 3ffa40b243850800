package dev.rast.raft.maelstrom;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

/**
 * Runs one {@link LinKvNode} over Maelstrom's stdin/stdout: a reader thread parses stdin lines
 * into a queue; the calling thread owns the node and is its event loop, waking for each message
 * and for every tick of the wall clock ({@link System#nanoTime}), and writes the node's messages
 * to stdout, one JSON line each, flushing once per loop turn. Only protocol JSON ever reaches
 * {@code out}; malformed input lines are reported on {@code log} and skipped. {@link #run}
 * returns when stdin ends.
 */
public final class StdioRunner {
  /** Marks the end of stdin in the queue. */
  private static final Object EOF = new Object();

  private final LinKvNode.Settings settings;
  private final RandomGenerator random;
  private final PrintStream log;
  private final Path dataDir;

  /**
   * @param random election jitter (see {@link LinKvNode})
   * @param log diagnostics (stderr)
   * @param dataDir where the node keeps its snapshots (see {@link LinKvNode})
   */
  public StdioRunner(
      LinKvNode.Settings settings, RandomGenerator random, PrintStream log, Path dataDir) {
    this.settings = settings;
    this.random = random;
    this.log = log;
    this.dataDir = dataDir;
  }

  /**
   * Serves {@code in} and {@code out} until {@code in} ends; returns the number of malformed input
   * lines skipped. Throws an {@link IOException} when writing fails (Maelstrom went away).
   */
  public long run(InputStream in, OutputStream out) throws IOException, InterruptedException {
    BlockingQueue<Object> inbox = new LinkedBlockingQueue<>();
    AtomicLong malformed = new AtomicLong();
    Thread reader = new Thread(() -> readLines(in, inbox, malformed), "maelstrom-stdin");
    reader.setDaemon(true);
    reader.start();
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    IOException[] failed = new IOException[1];
    LinKvNode node = new LinKvNode(
        settings,
        m -> {
          try {
            w.write(m.toJson());
            w.write('\n');
          } catch (IOException e) {
            failed[0] = e;
          }
        },
        random,
        log,
        dataDir);
    long tickNanos = TimeUnit.MILLISECONDS.toNanos(settings.tickMillis());
    long nextTick = System.nanoTime() + tickNanos;
    try {
      while (failed[0] == null) {
        long now = System.nanoTime();
        Object item = inbox.poll(Math.max(0, nextTick - now), TimeUnit.NANOSECONDS);
        // Handle a burst of queued messages before the Ready, so one Ready covers them all.
        int n = 0;
        while (item != null && item != EOF) {
          node.onMessage((Message) item, millis());
          if (++n == 256) {
            break;
          }
          item = inbox.poll();
        }
        now = System.nanoTime();
        if (now - nextTick >= 0) {
          node.tick(millis());
          // After a stall take one tick, not a burst: a burst would fire timeouts nobody saw.
          nextTick = now - nextTick > 5 * tickNanos ? now + tickNanos : nextTick + tickNanos;
        }
        node.process();
        w.flush();
        if (item == EOF) {
          break;
        }
      }
    } catch (IOException e) {
      failed[0] = e;
    }
    log.println(node.summary());
    if (failed[0] != null) {
      throw failed[0];
    }
    return malformed.get();
  }

  private static long millis() {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime());
  }

  private void readLines(InputStream in, BlockingQueue<Object> inbox, AtomicLong malformed) {
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        try {
          inbox.add(Message.parse(line));
        } catch (JsonException e) {
          malformed.incrementAndGet();
          log.println("skipped a malformed line (" + e.getMessage() + "): " + abbreviate(line));
        }
      }
    } catch (IOException | UncheckedIOException e) {
      log.println("reading stdin failed: " + e);
    } finally {
      inbox.add(EOF);
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "...";
  }
}
