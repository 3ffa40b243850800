package dev.rast.capnp.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rast.capnp.DataReader;
import dev.rast.capnp.EnumListReader;
import dev.rast.capnp.Framing;
import dev.rast.capnp.ListReader;
import dev.rast.capnp.MessageReader;
import dev.rast.capnp.StructListReader;
import dev.rast.capnp.TextListReader;
import dev.rast.capnp.TextReader;
import dev.rast.testschema.Test.TestAllTypes;
import dev.rast.testschema.Test.TestDefaults;
import dev.rast.testschema.Test.TestEnum;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Reading with generated reuse getters allocates nothing: scalars, enums, text and data views,
 * nested structs, primitive lists, struct lists with a reused element, and defaults of null
 * pointers. Runs under {@code -Xint} (see capnpc-java-gen/pom.xml) so that escape analysis cannot
 * hide an allocation the code really makes.
 */
@Tag("allocation")
class GeneratedReaderAllocationTest {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final int ROUNDS = 2_000;

  /** Every reused flyweight, made once. */
  private final TestAllTypes.Reader root = new TestAllTypes.Reader();

  private final TestAllTypes.Reader sub = new TestAllTypes.Reader();
  private final TestAllTypes.Reader element = new TestAllTypes.Reader();
  private final TextReader text = new TextReader();
  private final DataReader data = new DataReader();
  private final ListReader ints = new ListReader();
  private final ListReader floats = new ListReader();
  private final TextListReader texts = new TextListReader();
  private final StructListReader<TestAllTypes.Reader> structs =
      new StructListReader<>(TestAllTypes.Reader::new);
  private final EnumListReader<TestEnum> enums = new EnumListReader<>(TestEnum::fromValue);
  private final TestDefaults.Reader defaults = new TestDefaults.Reader();

  @BeforeAll
  static void measurementItselfAllocatesNothing() {
    allocatedBytes();
    long first = allocatedBytes();
    long second = allocatedBytes();
    assertEquals(0, second - first, "reading the allocation counter allocates");
  }

  @Test
  void readingTheOfficialMessageAllocatesNothing() {
    ByteBuffer bytes = Official.le(Official.bytes("binary"));
    MessageReader message = new MessageReader();
    Framing.read(bytes.duplicate().order(bytes.order()), message);

    long expected = readAll(message);
    for (int i = 0; i < 10; i++) {
      assertEquals(expected, readAll(message));
    }
    long before = allocatedBytes();
    long sum = 0;
    for (int i = 0; i < ROUNDS; i++) {
      sum += readAll(message);
    }
    long after = allocatedBytes();

    assertEquals(
        0, after - before, "bytes allocated by " + ROUNDS + " reads of the official message");
    assertEquals(expected * ROUNDS, sum);
  }

  @Test
  void readingDefaultsAllocatesNothing() {
    MessageReader message = new MessageReader();
    // A zero-size root: every field reads its default.
    ByteBuffer empty = Official.le(new byte[] {
      0, 0, 0, 0, 1, 0, 0, 0, (byte) 0xfc, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0, 0, 0, 0
    });
    Framing.read(empty, message);

    long expected = readDefaults(message);
    for (int i = 0; i < 10; i++) {
      assertEquals(expected, readDefaults(message));
    }
    long before = allocatedBytes();
    long sum = 0;
    for (int i = 0; i < ROUNDS; i++) {
      sum += readDefaults(message);
    }
    long after = allocatedBytes();

    assertEquals(0, after - before, "bytes allocated by " + ROUNDS + " reads of defaults");
    assertEquals(expected * ROUNDS, sum);
  }

  /** Reads every kind of field through reuse getters; returns a checksum of what it read. */
  private long readAll(MessageReader message) {
    message.resetTraversalLimit();
    TestAllTypes.Reader r = message.getRoot(root);
    long sum = scalars(r);
    sum += r.getTextField(text).size() + (r.getTextField(text).contentEquals("foo") ? 1 : 0);
    sum += r.getDataField(data).byteAt(0);
    TestAllTypes.Reader s = r.getStructField(sub);
    sum += scalars(s) + s.getTextField(text).size();
    sum += s.getStructField(element).getTextField(text).size();
    ListReader l = r.getInt32List(ints);
    for (int i = 0; i < l.size(); i++) {
      sum += l.getInt(i);
    }
    ListReader f = r.getFloat64List(floats);
    for (int i = 0; i < f.size(); i++) {
      sum += (long) f.getDouble(i);
    }
    TextListReader t = r.getTextList(texts);
    for (int i = 0; i < t.size(); i++) {
      sum += t.get(i, text).size();
    }
    StructListReader<TestAllTypes.Reader> sl = r.getStructList(structs);
    for (int i = 0; i < sl.size(); i++) {
      TestAllTypes.Reader e = sl.get(i, element);
      sum += e.getInt32Field() + e.getTextField(text).size() + e.getEnumField().ordinal();
    }
    EnumListReader<TestEnum> el = r.getEnumList(enums);
    for (int i = 0; i < el.size(); i++) {
      sum += el.get(i).ordinal();
    }
    sum += r.hasStructField() ? 1 : 0;
    return sum;
  }

  private long readDefaults(MessageReader message) {
    message.resetTraversalLimit();
    TestDefaults.Reader r = message.getRoot(defaults);
    long sum = r.getInt32Field()
        + r.getUInt64Field()
        + (long) r.getFloat64Field()
        + r.getEnumField().ordinal();
    sum += r.getTextField(text).size() + r.getDataField(data).size();
    TestAllTypes.Reader s = r.getStructField(sub);
    sum += scalars(s) + s.getTextField(text).size();
    ListReader l = r.getInt32List(ints);
    for (int i = 0; i < l.size(); i++) {
      sum += l.getInt(i);
    }
    StructListReader<TestAllTypes.Reader> sl = r.getStructList(structs);
    for (int i = 0; i < sl.size(); i++) {
      sum += sl.get(i, element).getTextField(text).size();
    }
    EnumListReader<TestEnum> el = r.getEnumList(enums);
    for (int i = 0; i < el.size(); i++) {
      sum += el.get(i).ordinal();
    }
    return sum;
  }

  private static long scalars(TestAllTypes.Reader r) {
    long sum = r.getBoolField() ? 1 : 0;
    sum += r.getInt8Field() + r.getInt16Field() + r.getInt32Field() + r.getInt64Field();
    sum += r.getUInt8Field() + r.getUInt16Field() + r.getUInt32Field() + r.getUInt64Field();
    sum += (long) r.getFloat32Field() + (long) r.getFloat64Field();
    sum += r.getEnumField().ordinal();
    return sum;
  }

  private static long allocatedBytes() {
    return THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
  }
}
