package dev.rast.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Runs each example's {@code main} as a user would and checks what it prints. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ExamplesTest {
  @TempDir
  Path dir;

  interface Main {
    void run() throws Exception;
  }

  private static synchronized String stdout(Main main) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(saved);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    System.out.print(out);
    return out;
  }

  @Test
  void theAddressBookGoesToAFileAndComesBack() throws Exception {
    Path file = dir.resolve("book.bin");
    String out = stdout(() -> AddressBookFile.main(new String[] {file.toString()}));
    assertTrue(out.startsWith("wrote " + Files.size(file) + " bytes to " + file + "\n"), out);
    assertTrue(
        out.contains(
            """
        Alice <alice@example.com>, id 123
          mobile phone: 555-1212
          student at: MIT
        Bob <bob@example.com>, id 456
          home phone: 555-4567
          work phone: 555-7654
          unemployed
        """),
        out);
    assertTrue(
        out.endsWith(
            "(people = [(id = 123, name = \"Alice\", email = \"alice@example.com\", phones = [(number = \"555-1212\", "
                + "type = mobile)], employment = (school = \"MIT\")), (id = 456, name = \"Bob\", email = \"bob@example.com\", phones = "
                + "[(number = \"555-4567\", type = home), (number = \"555-7654\", type = work)], employment = (unemployed = void))])\n"),
        out);
  }

  @Test
  void thePackedStreamIsSmallerAndReadsBackWhole() throws Exception {
    String out = stdout(() -> PackedStream.main(new String[] {"1000"}));
    Matcher m = Pattern.compile("wrote 1000 readings: (\\d+) bytes unpacked, (\\d+) bytes packed")
        .matcher(out);
    assertTrue(m.find(), out);
    assertTrue(
        Long.parseLong(m.group(2)) * 10 < Long.parseLong(m.group(1)) * 6,
        "packing saves over 40%: " + out);
    // 500 roof readings at 20.0 + (i % 10) * 0.5 for even i: mean 22.0; the last reading is i =
    // 999.
    assertTrue(
        out.contains(
            "read 1000 readings back; roof: 500 readings, mean 22.00 C; last at 1700000999000\n"),
        out);
  }

  @Test
  void theHotLoopAllocatesNothing() throws Exception {
    String out = stdout(() -> HotLoop.main(new String[] {"200000"}));
    // Even i are roof readings with celsius i & 7 in {0, 2, 4, 6}: 25,000 of each value.
    assertTrue(
        out.contains(
            "200000 messages built, written, read and checked; sum of roof readings 300000.0\n"),
        out);
    Matcher m = Pattern.compile("(-?\\d+) bytes allocated in the measured loop").matcher(out);
    assertTrue(m.find(), out);
    // Per message nothing; in all at most a few KiB of the JVM's own (the JIT, the counter). One
    // allocation per message, even a 16-byte one, would be 3.2 MB here.
    assertTrue(Long.parseLong(m.group(1)) < 20_000, out);
  }
}
