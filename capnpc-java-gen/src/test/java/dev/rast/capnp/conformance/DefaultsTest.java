package dev.rast.capnp.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.capnp.DataListReader;
import dev.rast.capnp.EnumListReader;
import dev.rast.capnp.Framing;
import dev.rast.capnp.ListBuilder;
import dev.rast.capnp.ListReader;
import dev.rast.capnp.MessageBuilder;
import dev.rast.capnp.MessageReader;
import dev.rast.capnp.StructListReader;
import dev.rast.capnp.TextListReader;
import dev.rast.testschema.Test.TestAllTypes;
import dev.rast.testschema.Test.TestDefaults;
import dev.rast.testschema.Test.TestEnum;
import dev.rast.testschema.Test.TestFieldZeroIsBit;
import dev.rast.testschema.Test.TestListDefaults;
import dev.rast.testschema.Test.TestNestedTypes;
import dev.rast.testschema.Test.TestNewVersion;
import dev.rast.testschema.Test.TestUnion;
import dev.rast.testschema.Test.TestUnionDefaults;
import dev.rast.testschema.Test.TestUnnamedUnion;
import dev.rast.testschema.Test.TestUsing;
import dev.rast.testschema.Test.TestWholeFloatDefault;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Schema defaults (test.capnp's {@code TestDefaults} and friends): an empty struct reads every
 * field's default, scalars by XOR and pointers from the compiled default values, whether the
 * struct was just made by a builder, is a zero-size struct on the wire or is a null root. A
 * builder's getter of a pointer field copies the default into the message.
 */
class DefaultsTest {
  /** {@code capnp decode --short} of an empty TestDefaults: scalars print, null pointers do not. */
  private static final String EMPTY_SHORT =
      "(voidField = void, boolField = true, int8Field = -123, "
          + "int16Field = -12345, int32Field = -12345678, int64Field = -123456789012345, uInt8Field = 234, "
          + "uInt16Field = 45678, uInt32Field = 3456789012, uInt64Field = 12345678901234567890, "
          + "float32Field = 1234.5, float64Field = -1.23e47, enumField = corge, interfaceField = void)";

  @Test
  void freshBuilderReadsDefaults() {
    MessageBuilder m = new MessageBuilder();
    TestDefaults.Builder b = m.initRoot(TestDefaults._Meta.SIZE, new TestDefaults.Builder());
    TestDefaults.Reader r = b.asReader();
    assertDefaults(r);
    assertEquals(EMPTY_SHORT, r.toString());
  }

  @Test
  void zeroSizeRootReadsDefaults() {
    // Segment table (1 segment of 1 word), then a struct pointer with offset -1 and no sections.
    TestDefaults.Reader r = root(words(0x0000000100000000L, 0x00000000fffffffcL));
    assertEquals(0, r.dataSectionBytes());
    assertEquals(0, r.pointerSectionSize());
    assertDefaults(r);
    assertEquals(EMPTY_SHORT, r.toString());
  }

  @Test
  void nullRootReadsDefaults() {
    TestDefaults.Reader r = root(words(0x0000000100000000L, 0L));
    assertDefaults(r);
    assertEquals(EMPTY_SHORT, r.toString());
  }

  @Test
  void unpointedReaderReadsDefaults() {
    assertDefaults(new TestDefaults.Reader());
  }

  @Test
  void builderGettersReadScalarDefaults() {
    TestDefaults.Builder b =
        new MessageBuilder().initRoot(TestDefaults._Meta.SIZE, new TestDefaults.Builder());
    assertTrue(b.getBoolField());
    assertEquals(-123, b.getInt8Field());
    assertEquals(-12345, b.getInt16Field());
    assertEquals(-12345678, b.getInt32Field());
    assertEquals(-123456789012345L, b.getInt64Field());
    assertEquals(234, b.getUInt8Field() & 0xFF);
    assertEquals(45678, b.getUInt16Field() & 0xFFFF);
    assertEquals(3456789012L, Integer.toUnsignedLong(b.getUInt32Field()));
    assertEquals("12345678901234567890", Long.toUnsignedString(b.getUInt64Field()));
    assertEquals(1234.5f, b.getFloat32Field());
    assertEquals(-123e45, b.getFloat64Field());
    assertEquals(TestEnum.CORGE, b.getEnumField());
  }

  @Test
  void builderPointerGettersCopyTheDefaultIn() {
    MessageBuilder m = new MessageBuilder();
    TestDefaults.Builder b = m.initRoot(TestDefaults._Meta.SIZE, new TestDefaults.Builder());
    assertFalse(b.hasTextField());
    assertEquals("foo", b.getTextField());
    assertTrue(b.hasTextField());
    assertFalse(b.hasDataField());
    assertArrayEquals(TestMessages.bytes("bar"), copy(b.getDataField()));
    assertTrue(b.hasDataField());
    assertFalse(b.hasStructField());
    TestAllTypes.Builder s = b.getStructField();
    assertTrue(b.hasStructField());
    assertEquals(-12, s.getInt8Field());
    assertEquals("baz", s.getTextField());
    assertEquals("really nested", s.getStructField().getStructField().getTextField());
    assertEquals(OfficialEncodingsTest.read("binary").getStructField(), s.asReader());

    assertEquals(6, copied(b::hasVoidList, b::getVoidList).size());
    ListBuilder bools = copied(b::hasBoolList, b::getBoolList);
    assertEquals(4, bools.size());
    assertTrue(bools.getBoolean(0));
    assertFalse(bools.getBoolean(1));
    assertFalse(bools.getBoolean(2));
    assertTrue(bools.getBoolean(3));
    ListBuilder i8 = copied(b::hasInt8List, b::getInt8List);
    assertEquals(111, i8.getByte(0));
    assertEquals(-111, i8.getByte(1));
    assertEquals(-11111, copied(b::hasInt16List, b::getInt16List).getShort(1));
    assertEquals(-111111111, copied(b::hasInt32List, b::getInt32List).getInt(1));
    assertEquals(-1111111111111111111L, copied(b::hasInt64List, b::getInt64List).getLong(1));
    assertEquals(222, copied(b::hasUInt8List, b::getUInt8List).getByte(1) & 0xFF);
    assertEquals(44444, copied(b::hasUInt16List, b::getUInt16List).getShort(1) & 0xFFFF);
    assertEquals(
        3333333333L,
        Integer.toUnsignedLong(copied(b::hasUInt32List, b::getUInt32List).getInt(0)));
    assertEquals(
        "11111111111111111111",
        Long.toUnsignedString(copied(b::hasUInt64List, b::getUInt64List).getLong(0)));
    ListBuilder f32 = copied(b::hasFloat32List, b::getFloat32List);
    assertEquals(Float.NEGATIVE_INFINITY, f32.getFloat(2));
    assertTrue(Float.isNaN(f32.getFloat(3)));
    ListBuilder f64 = copied(b::hasFloat64List, b::getFloat64List);
    assertEquals(7777.75, f64.getDouble(0));
    assertTrue(Double.isNaN(f64.getDouble(3)));
    assertEquals("thud", copied(b::hasTextList, b::getTextList).get(2));
    assertArrayEquals(
        TestMessages.bytes("rfc3092"), copied(b::hasDataList, b::getDataList).get(2));
    assertEquals(
        "structlist 3", copied(b::hasStructList, b::getStructList).get(2).getTextField());
    assertEquals(TestEnum.GARPLY, copied(b::hasEnumList, b::getEnumList).get(1));
    assertFalse(b.hasInterfaceList());

    // With every default copied in, the message holds the official value.
    assertEquals(Official.text("short.txt"), b.toString() + "\n");
  }

  @Test
  void copiedDefaultsAreIndependentOfTheCompiledDefault() {
    MessageBuilder m = new MessageBuilder();
    TestDefaults.Builder b = m.initRoot(TestDefaults._Meta.SIZE, new TestDefaults.Builder());
    b.getStructField().setTextField("changed");
    b.getInt32List().setInt(0, 7);
    b.getTextList().set(0, "changed");
    TestDefaults.Builder fresh =
        new MessageBuilder().initRoot(TestDefaults._Meta.SIZE, new TestDefaults.Builder());
    assertEquals("baz", fresh.asReader().getStructField().getTextField());
    assertEquals(111111111, fresh.asReader().getInt32List().getInt(0));
    assertEquals("plugh", fresh.asReader().getTextList().get(0));
    assertEquals("changed", b.asReader().getStructField().getTextField());
    assertEquals(7, b.asReader().getInt32List().getInt(0));
  }

  @Test
  void writingADefaultValueStoresZero() {
    MessageBuilder m = new MessageBuilder();
    TestDefaults.Builder b = m.initRoot(TestDefaults._Meta.SIZE, new TestDefaults.Builder());
    b.setInt32Field(-12345678)
        .setFloat64Field(-123e45)
        .setBoolField(true)
        .setEnumField(TestEnum.CORGE);
    b.setInt32Field(0);
    assertEquals(0, b.getInt32Field());
    b.setInt32Field(-12345678);
    ByteBuffer seg = m.segment(0);
    for (int i = 0; i < m.segmentWords(0) * 8; i++) {
      if (i >= 8) {
        assertEquals(0, seg.get(i), "byte " + i);
      }
    }
  }

  @Test
  void otherStructDefaults() {
    TestFieldZeroIsBit.Reader z = new TestFieldZeroIsBit.Reader();
    assertFalse(z.getBit());
    assertTrue(z.getSecondBit());
    assertEquals(123, z.getThirdField());

    TestWholeFloatDefault.Reader f = new TestWholeFloatDefault.Reader();
    assertEquals(123f, f.getField());
    assertEquals(2e30f, f.getBigField());

    TestNewVersion.Reader v = new TestNewVersion.Reader();
    assertEquals(987, v.getNew1());
    assertEquals("baz", v.getNew2());
    assertFalse(v.hasNew2());
    assertEquals(0, v.getOld1());
    assertEquals("", v.getOld2());

    TestNestedTypes.Reader n = new TestNestedTypes.Reader();
    assertEquals(TestNestedTypes.NestedEnum.BAR, n.getOuterNestedEnum());
    assertEquals(TestNestedTypes.NestedStruct.NestedEnum.QUUX, n.getInnerNestedEnum());
    assertEquals(TestNestedTypes.NestedEnum.BAR, n.getNestedStruct().getOuterNestedEnum());
    assertEquals(
        TestNestedTypes.NestedStruct.NestedEnum.QUUX, n.getNestedStruct().getInnerNestedEnum());

    TestUsing.Reader u = new TestUsing.Reader();
    assertEquals(TestNestedTypes.NestedEnum.BAR, u.getOuterNestedEnum());
    assertEquals(TestNestedTypes.NestedStruct.NestedEnum.QUUX, u.getInnerNestedEnum());
  }

  @Test
  void unionDefaults() {
    TestUnionDefaults.Reader d = new TestUnionDefaults.Reader();
    TestUnion.Reader a = d.getS16s8s64s8Set();
    assertEquals(TestUnion.Union0.Which.U0F0S16, a.getUnion0().which());
    assertEquals(321, a.getUnion0().getU0f0s16());
    assertEquals(TestUnion.Union1.Which.U1F0S8, a.getUnion1().which());
    assertEquals(123, a.getUnion1().getU1f0s8());
    assertEquals(TestUnion.Union2.Which.U2F0S64, a.getUnion2().which());
    assertEquals(12345678901234567L, a.getUnion2().getU2f0s64());
    assertEquals(TestUnion.Union3.Which.U3F0S8, a.getUnion3().which());
    assertEquals(55, a.getUnion3().getU3f0s8());

    TestUnion.Reader b = d.getS0sps1s32Set();
    assertEquals(TestUnion.Union0.Which.U0F1S0, b.getUnion0().which());
    assertEquals(TestUnion.Union1.Which.U1F0SP, b.getUnion1().which());
    assertEquals("foo", b.getUnion1().getU1f0sp());
    assertEquals(TestUnion.Union2.Which.U2F0S1, b.getUnion2().which());
    assertTrue(b.getUnion2().getU2f0s1());
    assertEquals(TestUnion.Union3.Which.U3F0S32, b.getUnion3().which());
    assertEquals(12345678, b.getUnion3().getU3f0s32());

    TestUnnamedUnion.Reader u1 = d.getUnnamed1();
    assertEquals(TestUnnamedUnion.Which.FOO, u1.which());
    assertEquals(123, u1.getFoo());
    assertFalse(u1.hasBefore());
    TestUnnamedUnion.Reader u2 = d.getUnnamed2();
    assertEquals(TestUnnamedUnion.Which.BAR, u2.which());
    assertEquals(321, u2.getBar());
    assertEquals("foo", u2.getBefore());
    assertEquals("bar", u2.getAfter());
    // Ordinal order: middle @2 prints before bar @3.
    assertEquals("(before = \"foo\", middle = 0, bar = 321, after = \"bar\")", u2.toString());
  }

  @Test
  void listDefaults() {
    TestListDefaults.Reader d = new TestListDefaults.Reader();
    assertFalse(d.hasLists());
    assertEquals(
        "(list0 = [(f = void), (f = void)], "
            + "list1 = [(f = true), (f = false), (f = true), (f = true)], "
            + "list8 = [(f = 123), (f = 45)], "
            + "list16 = [(f = 12345), (f = 6789)], "
            + "list32 = [(f = 123456789), (f = 234567890)], "
            + "list64 = [(f = 1234567890123456), (f = 2345678901234567)], "
            + "listP = [(f = \"foo\"), (f = \"bar\")], "
            + "int32ListList = [[1, 2, 3], [4, 5], [12341234]], "
            + "textListList = [[\"foo\", \"bar\"], [\"baz\"], [\"qux\", \"corge\"]], "
            + "structListList = [[" + allTypesWithInt32(123) + ", " + allTypesWithInt32(456)
            + "], ["
            + allTypesWithInt32(789) + "]])",
        d.getLists().toString());
    assertEquals(2, d.getLists().getList0().size());
    assertTrue(d.getLists().getList1().get(3).getF());
    assertEquals(6789, d.getLists().getList16().get(1).getF());
    assertEquals("bar", d.getLists().getListP().get(1).getF());
    assertEquals(12341234, d.getLists().getInt32ListList().get(2).getInt(0));
    assertEquals("corge", d.getLists().getTextListList().get(2).get(1));
    assertEquals(789, d.getLists().getStructListList().get(1).get(0).getInt32Field());
  }

  private static String allTypesWithInt32(int v) {
    return "(voidField = void, boolField = false, int8Field = 0, int16Field = 0, int32Field = " + v
        + ", int64Field = 0, uInt8Field = 0, uInt16Field = 0, uInt32Field = 0, uInt64Field = 0, "
        + "float32Field = 0, float64Field = 0, enumField = foo, interfaceField = void)";
  }

  /** Every getter of {@code r} against test.capnp's defaults of TestDefaults. */
  static void assertDefaults(TestDefaults.Reader r) {
    assertTrue(r.getBoolField());
    assertEquals(-123, r.getInt8Field());
    assertEquals(-12345, r.getInt16Field());
    assertEquals(-12345678, r.getInt32Field());
    assertEquals(-123456789012345L, r.getInt64Field());
    assertEquals(234, r.getUInt8Field() & 0xFF);
    assertEquals(45678, r.getUInt16Field() & 0xFFFF);
    assertEquals(3456789012L, Integer.toUnsignedLong(r.getUInt32Field()));
    assertEquals("12345678901234567890", Long.toUnsignedString(r.getUInt64Field()));
    assertEquals(1234.5f, r.getFloat32Field());
    assertEquals(-123e45, r.getFloat64Field());
    assertFalse(r.hasTextField());
    assertEquals("foo", r.getTextField());
    assertFalse(r.hasDataField());
    assertArrayEquals(TestMessages.bytes("bar"), r.getDataField());
    assertEquals(TestEnum.CORGE, r.getEnumField());

    assertFalse(r.hasStructField());
    TestAllTypes.Reader s = r.getStructField();
    assertTrue(s.getBoolField());
    assertEquals(-12, s.getInt8Field());
    assertEquals(3456, s.getInt16Field());
    assertEquals(-78901234, s.getInt32Field());
    assertEquals(56789012345678L, s.getInt64Field());
    assertEquals(90, s.getUInt8Field());
    assertEquals(1234, s.getUInt16Field());
    assertEquals(56789012, s.getUInt32Field());
    assertEquals(345678901234567890L, s.getUInt64Field());
    assertEquals(-1.25e-10f, s.getFloat32Field());
    assertEquals(345.0, s.getFloat64Field());
    assertEquals("baz", s.getTextField());
    assertArrayEquals(TestMessages.bytes("qux"), s.getDataField());
    assertEquals("nested", s.getStructField().getTextField());
    assertEquals("really nested", s.getStructField().getStructField().getTextField());
    assertEquals(TestEnum.BAZ, s.getEnumField());
    assertEquals(3, s.getVoidList().size());
    assertEquals("[false, true, false, true, true]", bools(s.getBoolList()));
    assertEquals(-0x80, s.getInt8List().getByte(2));
    assertEquals(0x7fff, s.getInt16List().getShort(3));
    assertEquals(-90123456, s.getInt32List().getInt(1));
    assertEquals(Long.MIN_VALUE, s.getInt64List().getLong(2));
    assertEquals(0xff, s.getUInt8List().getByte(3) & 0xFF);
    assertEquals(5678, s.getUInt16List().getShort(1));
    assertEquals(-1, s.getUInt32List().getInt(3));
    assertEquals(678901234567890L, s.getUInt64List().getLong(1));
    assertEquals(-1e37f, s.getFloat32List().getFloat(3));
    assertEquals(1e-306, s.getFloat64List().getDouble(4));
    assertEquals("grault", s.getTextList().get(2));
    assertArrayEquals(TestMessages.bytes("waldo"), s.getDataList().get(1));
    assertEquals("x structlist 1", s.getStructList().get(0).getTextField());
    assertEquals(TestEnum.GRAULT, s.getEnumList().get(2));
    // The whole default struct is upstream's sub-struct of the official message.
    assertEquals(OfficialEncodingsTest.read("binary").getStructField(), s);

    assertEquals(6, r.getVoidList().size());
    assertFalse(r.hasVoidList());
    assertEquals("[true, false, false, true]", bools(r.getBoolList()));
    ListReader i8 = r.getInt8List();
    assertEquals(2, i8.size());
    assertEquals(111, i8.getByte(0));
    assertEquals(-111, i8.getByte(1));
    assertEquals(11111, r.getInt16List().getShort(0));
    assertEquals(-11111, r.getInt16List().getShort(1));
    assertEquals(111111111, r.getInt32List().getInt(0));
    assertEquals(-111111111, r.getInt32List().getInt(1));
    assertEquals(1111111111111111111L, r.getInt64List().getLong(0));
    assertEquals(-1111111111111111111L, r.getInt64List().getLong(1));
    assertEquals(111, r.getUInt8List().getByte(0) & 0xFF);
    assertEquals(222, r.getUInt8List().getByte(1) & 0xFF);
    assertEquals(33333, r.getUInt16List().getShort(0) & 0xFFFF);
    assertEquals(44444, r.getUInt16List().getShort(1) & 0xFFFF);
    assertEquals(1, r.getUInt32List().size());
    assertEquals(3333333333L, Integer.toUnsignedLong(r.getUInt32List().getInt(0)));
    assertEquals(1, r.getUInt64List().size());
    assertEquals("11111111111111111111", Long.toUnsignedString(r.getUInt64List().getLong(0)));
    ListReader f32 = r.getFloat32List();
    assertEquals(4, f32.size());
    assertEquals(5555.5f, f32.getFloat(0));
    assertEquals(Float.POSITIVE_INFINITY, f32.getFloat(1));
    assertEquals(Float.NEGATIVE_INFINITY, f32.getFloat(2));
    assertTrue(Float.isNaN(f32.getFloat(3)));
    ListReader f64 = r.getFloat64List();
    assertEquals(4, f64.size());
    assertEquals(7777.75, f64.getDouble(0));
    assertEquals(Double.POSITIVE_INFINITY, f64.getDouble(1));
    assertEquals(Double.NEGATIVE_INFINITY, f64.getDouble(2));
    assertTrue(Double.isNaN(f64.getDouble(3)));
    TextListReader texts = r.getTextList();
    assertEquals(3, texts.size());
    assertEquals("plugh", texts.get(0));
    assertEquals("xyzzy", texts.get(1));
    assertEquals("thud", texts.get(2));
    DataListReader data = r.getDataList();
    assertEquals(3, data.size());
    assertArrayEquals(TestMessages.bytes("oops"), data.get(0));
    assertArrayEquals(TestMessages.bytes("exhausted"), data.get(1));
    assertArrayEquals(TestMessages.bytes("rfc3092"), data.get(2));
    StructListReader<TestAllTypes.Reader> structs = r.getStructList();
    assertEquals(3, structs.size());
    for (int i = 0; i < 3; i++) {
      assertEquals("structlist " + (i + 1), structs.get(i).getTextField());
      assertEquals(0, structs.get(i).getInt32Field());
    }
    EnumListReader<TestEnum> enums = r.getEnumList();
    assertEquals(2, enums.size());
    assertEquals(TestEnum.FOO, enums.get(0));
    assertEquals(TestEnum.GARPLY, enums.get(1));
    assertEquals(0, r.getInterfaceList().size());
  }

  private static String bools(ListReader l) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < l.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(l.getBoolean(i));
    }
    return b.append(']').toString();
  }

  /** Calls a builder's pointer getter and checks that it made the pointer non-null. */
  private static <T> T copied(Supplier<Boolean> has, Supplier<T> get) {
    assertFalse(has.get(), "pointer set before its getter ran");
    T value = get.get();
    assertTrue(has.get(), "the getter did not copy the default in");
    return value;
  }

  private static byte[] copy(dev.rast.capnp.DataBuilder d) {
    byte[] out = new byte[d.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = d.byteAt(i);
    }
    return out;
  }

  private static TestDefaults.Reader root(ByteBuffer framed) {
    return Framing.read(framed, new MessageReader()).getRoot(new TestDefaults.Reader());
  }

  private static ByteBuffer words(long... words) {
    ByteBuffer b = ByteBuffer.allocate(words.length * 8).order(ByteOrder.LITTLE_ENDIAN);
    for (long w : words) {
      b.putLong(w);
    }
    return b.flip();
  }
}
