package dev.rast.capnp.conformance;

import dev.rast.capnp.DataListBuilder;
import dev.rast.capnp.EnumListBuilder;
import dev.rast.capnp.ListBuilder;
import dev.rast.capnp.StructListBuilder;
import dev.rast.capnp.TextListBuilder;
import dev.rast.testschema.Test.TestAllTypes;
import dev.rast.testschema.Test.TestEnum;
import java.nio.charset.StandardCharsets;

/**
 * Builds the official test value (the one in {@code testdata/binary}, printed in {@code short.txt})
 * with the generated builders, field by field, in the spirit of upstream's {@code initTestMessage()}.
 */
final class TestMessages {
  private TestMessages() {}

  /** Writes the official value into {@code root}. */
  static void initTestMessage(TestAllTypes.Builder root) {
    root.setBoolField(true);
    root.setInt8Field((byte) -123);
    root.setInt16Field((short) -12345);
    root.setInt32Field(-12345678);
    root.setInt64Field(-123456789012345L);
    root.setUInt8Field((byte) 234);
    root.setUInt16Field((short) 45678);
    root.setUInt32Field((int) 3456789012L);
    root.setUInt64Field(Long.parseUnsignedLong("12345678901234567890"));
    root.setFloat32Field(1234.5f);
    root.setFloat64Field(-123e45);
    root.setTextField("foo");
    root.setDataField(bytes("bar"));

    TestAllTypes.Builder sub = root.initStructField();
    sub.setBoolField(true);
    sub.setInt8Field((byte) -12);
    sub.setInt16Field((short) 3456);
    sub.setInt32Field(-78901234);
    sub.setInt64Field(56789012345678L);
    sub.setUInt8Field((byte) 90);
    sub.setUInt16Field((short) 1234);
    sub.setUInt32Field(56789012);
    sub.setUInt64Field(345678901234567890L);
    sub.setFloat32Field(-1.25e-10f);
    sub.setFloat64Field(345);
    sub.setTextField("baz");
    sub.setDataField(bytes("qux"));
    TestAllTypes.Builder nested = sub.initStructField();
    nested.setTextField("nested");
    nested.initStructField().setTextField("really nested");
    sub.setEnumField(TestEnum.BAZ);

    sub.initVoidList(3);
    bools(sub.initBoolList(5), false, true, false, true, true);
    bytes(sub.initInt8List(4), 12, -34, -0x80, 0x7f);
    shorts(sub.initInt16List(4), 1234, -5678, -0x8000, 0x7fff);
    ints(sub.initInt32List(4), 12345678, -90123456, -0x80000000, 0x7fffffff);
    longs(
        sub.initInt64List(4), 123456789012345L, -678901234567890L, Long.MIN_VALUE, Long.MAX_VALUE);
    bytes(sub.initUInt8List(4), 12, 34, 0, 0xff);
    shorts(sub.initUInt16List(4), 1234, 5678, 0, 0xffff);
    ints(sub.initUInt32List(4), 12345678, 90123456, 0, 0xffffffff);
    longs(sub.initUInt64List(4), 123456789012345L, 678901234567890L, 0, 0xffffffffffffffffL);
    floats(sub.initFloat32List(6), 0, 1234567, 1e37f, -1e37f, 1e-37f, -1e-37f);
    doubles(sub.initFloat64List(6), 0, 123456789012345.0, 1e306, -1e306, 1e-306, -1e-306);
    texts(sub.initTextList(3), "quux", "corge", "grault");
    datas(sub.initDataList(3), "garply", "waldo", "fred");
    StructListBuilder<TestAllTypes.Builder> subStructs = sub.initStructList(3);
    subStructs.get(0).setTextField("x structlist 1");
    subStructs.get(1).setTextField("x structlist 2");
    subStructs.get(2).setTextField("x structlist 3");
    enums(sub.initEnumList(3), TestEnum.QUX, TestEnum.BAR, TestEnum.GRAULT);

    root.setEnumField(TestEnum.CORGE);
    root.initVoidList(6);
    bools(root.initBoolList(4), true, false, false, true);
    bytes(root.initInt8List(2), 111, -111);
    shorts(root.initInt16List(2), 11111, -11111);
    ints(root.initInt32List(2), 111111111, -111111111);
    longs(root.initInt64List(2), 1111111111111111111L, -1111111111111111111L);
    bytes(root.initUInt8List(2), 111, 222);
    shorts(root.initUInt16List(2), 33333, 44444);
    ints(root.initUInt32List(1), (int) 3333333333L);
    longs(root.initUInt64List(1), Long.parseUnsignedLong("11111111111111111111"));
    floats(
        root.initFloat32List(4),
        5555.5f,
        Float.POSITIVE_INFINITY,
        Float.NEGATIVE_INFINITY,
        Float.NaN);
    doubles(
        root.initFloat64List(4),
        7777.75,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY,
        Double.NaN);
    texts(root.initTextList(3), "plugh", "xyzzy", "thud");
    datas(root.initDataList(3), "oops", "exhausted", "rfc3092");
    StructListBuilder<TestAllTypes.Builder> structs = root.initStructList(3);
    TestAllTypes.Builder element = new TestAllTypes.Builder();
    for (int i = 0; i < 3; i++) {
      structs.get(i, element).setTextField("structlist " + (i + 1));
    }
    enums(root.initEnumList(2), TestEnum.FOO, TestEnum.GARPLY);
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static void bools(ListBuilder l, boolean... v) {
    for (int i = 0; i < v.length; i++) {
      l.setBoolean(i, v[i]);
    }
  }

  private static void bytes(ListBuilder l, int... v) {
    for (int i = 0; i < v.length; i++) {
      l.setByte(i, (byte) v[i]);
    }
  }

  private static void shorts(ListBuilder l, int... v) {
    for (int i = 0; i < v.length; i++) {
      l.setShort(i, (short) v[i]);
    }
  }

  private static void ints(ListBuilder l, int... v) {
    for (int i = 0; i < v.length; i++) {
      l.setInt(i, v[i]);
    }
  }

  private static void longs(ListBuilder l, long... v) {
    for (int i = 0; i < v.length; i++) {
      l.setLong(i, v[i]);
    }
  }

  private static void floats(ListBuilder l, float... v) {
    for (int i = 0; i < v.length; i++) {
      l.setFloat(i, v[i]);
    }
  }

  private static void doubles(ListBuilder l, double... v) {
    for (int i = 0; i < v.length; i++) {
      l.setDouble(i, v[i]);
    }
  }

  private static void texts(TextListBuilder l, String... v) {
    for (int i = 0; i < v.length; i++) {
      l.set(i, v[i]);
    }
  }

  private static void datas(DataListBuilder l, String... v) {
    for (int i = 0; i < v.length; i++) {
      l.set(i, bytes(v[i]));
    }
  }

  @SafeVarargs
  private static <E extends Enum<E>> void enums(EnumListBuilder<E> l, E... v) {
    for (int i = 0; i < v.length; i++) {
      l.set(i, v[i]);
    }
  }
}
