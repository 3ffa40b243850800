package dev.rast.raft.maelstrom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The strict JSON codec: what it accepts, how values map to Java, what it refuses and where. */
class JsonTest {
  @Test
  void parsesEveryKindIntoTheDocumentedJavaTypes() {
    Object v =
        JsonReader.parse(" {\"a\":1,\"b\":[true,false,null],\"c\":\"x\",\"d\":-2.5e1,\"e\":{}} ");
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("a", 1L);
    expected.put("b", Arrays.asList(true, false, null));
    expected.put("c", "x");
    expected.put("d", -25.0);
    expected.put("e", Map.of());
    assertEquals(expected, v);
    assertEquals(
        List.of("a", "b", "c", "d", "e"),
        List.copyOf(((Map<?, ?>) v).keySet()),
        "document order is kept");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0 | 0",
        "-0 | 0",
        "42 | 42",
        "-9223372036854775808 | -9223372036854775808",
        "9223372036854775807 | 9223372036854775807",
      })
  void integersThatFitAreLongs(String text, long expected) {
    assertEquals(expected, JsonReader.parse(text));
  }

  @Test
  void largerIntegersAreBigIntegersAndFractionsDoubles() {
    assertEquals(new BigInteger("9223372036854775808"), JsonReader.parse("9223372036854775808"));
    assertEquals(
        new BigInteger("-123456789012345678901234567890"),
        JsonReader.parse("-123456789012345678901234567890"));
    assertEquals(0.5, JsonReader.parse("0.5"));
    assertEquals(1e300, JsonReader.parse("1E+300"));
    assertEquals(1e-3, JsonReader.parse("1e-3"));
  }

  @Test
  void decodesEveryEscape() {
    assertEquals(
        "\"\\/\b\f\n\r\t\u00e9\ud83d\ude00",
        JsonReader.parse("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00E9\\ud83d\\ude00\""));
    assertEquals("plain é 😀", JsonReader.parse("\"plain é 😀\""));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "`` | 0",
        "`   ` | 3",
        "`{` | 1",
        "`{\"a\"}` | 4",
        "`{\"a\":1,}` | 7",
        "`{a:1}` | 1",
        "`[1,]` | 3",
        "`[1 2]` | 3",
        "`01` | 1",
        "`-` | 1",
        "`1.` | 2",
        "`1e` | 2",
        "`.5` | 0",
        "`+1` | 0",
        "`NaN` | 0",
        "`tru` | 0",
        "`nulls` | 4",
        "`1 2` | 2",
        "`\"abc` | 4",
        "`\"\\x\"` | 2",
        "`\"\\u12G4\"` | 5",
        "`\"\\u12` | 3",
        "`{\"a\":1,\"a\":2}` | 7",
        "`1e999` | 0",
      })
  void refusesInvalidTextAndSaysWhere(String text, int offset) {
    JsonException e = assertThrows(JsonException.class, () -> JsonReader.parse(text));
    assertEquals(offset, e.offset(), e.getMessage());
    assertTrue(e.getMessage().endsWith("at offset " + offset), e.getMessage());
  }

  @Test
  void refusesRawControlCharactersAndForeignWhitespaceInStrings() {
    assertThrows(JsonException.class, () -> JsonReader.parse("\"a\nb\""));
    assertThrows(JsonException.class, () -> JsonReader.parse("\"a\u0000b\""));
    assertThrows(JsonException.class, () -> JsonReader.parse("\u00a01"));
  }

  @Test
  void limitsNesting() {
    String ok = "[".repeat(JsonReader.MAX_DEPTH) + "]".repeat(JsonReader.MAX_DEPTH);
    JsonReader.parse(ok);
    String deep = "[".repeat(JsonReader.MAX_DEPTH + 1) + "]".repeat(JsonReader.MAX_DEPTH + 1);
    JsonException e = assertThrows(JsonException.class, () -> JsonReader.parse(deep));
    assertEquals(JsonReader.MAX_DEPTH, e.offset());
  }

  @Test
  void writesCompactOneLineJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "read_ok");
    m.put("value", Arrays.asList(1, -2L, 2.5, true, null, "q\"\\\n\t\u0001\u2028"));
    m.put("n", Map.of());
    assertEquals(
        "{\"type\":\"read_ok\",\"value\":[1,-2,2.5,true,null,\"q\\\"\\\\\\n\\t\\u0001\\u2028\"],\"n\":{}}",
        JsonWriter.write(m));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"cas\",\"msg_id\":7,\"key\":0,\"from\":1,\"to\":2}}",
        "[\"\",\"é😀\",\"\\u0000\",-0.125,1.0E20,123456789012345678901234567890,{\"a\":[{}]}]",
        "null",
      })
  void roundTripsThroughWriterAndReader(String text) {
    Object v = JsonReader.parse(text);
    String written = JsonWriter.write(v);
    assertEquals(v, JsonReader.parse(written));
    assertEquals(written, JsonWriter.write(JsonReader.parse(written)), "writing is stable");
  }

  @Test
  void writerRefusesWhatJsonCannotHold() {
    assertThrows(JsonException.class, () -> JsonWriter.write(Double.NaN));
    assertThrows(JsonException.class, () -> JsonWriter.write(Double.POSITIVE_INFINITY));
    assertThrows(JsonException.class, () -> JsonWriter.write(Map.of(1, 2)));
    assertThrows(JsonException.class, () -> JsonWriter.write(new Object()));
  }

  @Test
  void messagesNeedSrcDestAndATypedBody() {
    Message m = Message.parse(
        "{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"read\",\"msg_id\":3,\"key\":1},\"id\":9}");
    assertEquals("c1", m.src());
    assertEquals("read", m.type());
    assertEquals(3L, m.msgId());
    assertNull(m.inReplyTo());
    assertEquals(
        "{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"read\",\"msg_id\":3,\"key\":1}}",
        m.toJson());
    assertThrows(
        JsonException.class, () -> Message.parse("{\"src\":\"c1\",\"body\":{\"type\":\"read\"}}"));
    assertThrows(
        JsonException.class,
        () -> Message.parse("{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"msg_id\":1}}"));
    assertThrows(
        JsonException.class,
        () -> Message.parse("{\"src\":1,\"dest\":\"n1\",\"body\":{\"type\":\"x\"}}"));
    assertThrows(JsonException.class, () -> Message.parse("[]"));
  }
}
