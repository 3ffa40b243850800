package dev.rast.examples;

import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageBuilder;
import dev.rast.capnp.MessageReader;
import dev.rast.capnp.PackedInputStream;
import dev.rast.capnp.PackedOutputStream;
import dev.rast.examples.book.Book.Reading;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A stream of many small messages in Cap'n Proto's packed encoding (zero bytes squeezed out): a
 * log file of sensor readings written one message after another through a {@link
 * PackedOutputStream}, then read back one by one through a {@link PackedInputStream} until the
 * stream ends.
 *
 * <p>Run: {@code java -cp examples/target/classes:runtime/target/classes
 * dev.rast.examples.PackedStream [COUNT]} (default 1000 readings).
 */
public final class PackedStream {
  private PackedStream() {}

  public static void main(String[] args) throws IOException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    Path file = Files.createTempFile("readings-", ".capnp-packed");
    try {
      long unpacked = write(file, count);
      System.out.printf(
          Locale.ROOT,
          "wrote %d readings: %d bytes unpacked, %d bytes packed (%.0f%%)%n",
          count,
          unpacked,
          Files.size(file),
          100.0 * Files.size(file) / unpacked);
      read(file);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Writes {@code count} readings to {@code file}, packed; returns their unpacked size. */
  static long write(Path file, int count) throws IOException {
    MessageBuilder message = new MessageBuilder();
    Reading.Builder reading = new Reading.Builder();
    long unpacked = 0;
    try (OutputStream out =
        new PackedOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
      for (int i = 0; i < count; i++) {
        message.clear(); // reuse the builder's memory for the next message
        message
            .initRoot(reading)
            .setSensor(i % 2 == 0 ? "roof" : "cellar")
            .setTime(1_700_000_000_000L + i * 1000L)
            .setCelsius(i % 2 == 0 ? 20.0 + (i % 10) * 0.5 : 12.0);
        unpacked += Framing.serializedSize(message);
        Framing.write(message, out);
      }
    }
    return unpacked;
  }

  /** Reads every reading of {@code file} and prints a summary per sensor. */
  static void read(Path file) throws IOException {
    MessageReader message = new MessageReader();
    Reading.Reader reading = new Reading.Reader();
    int messages = 0;
    int roof = 0;
    double roofSum = 0;
    long lastTime = 0;
    try (InputStream in =
        new PackedInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      while (Framing.read(in, message)) { // false at the end of the stream
        message.getRoot(reading);
        messages++;
        lastTime = reading.getTime();
        if (reading.getSensor().equals("roof")) {
          roof++;
          roofSum += reading.getCelsius();
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "read %d readings back; roof: %d readings, mean %.2f C; last at %d%n",
        messages,
        roof,
        roof == 0 ? 0 : roofSum / roof,
        lastTime);
  }
}
