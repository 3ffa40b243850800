package dev.rast.capnp.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.rast.capnp.DataReader;
import dev.rast.capnp.MessageBuilder;
import dev.rast.capnp.TextReader;
import dev.rast.testschema.Test.TestAllTypes;
import org.junit.jupiter.api.Test;

/**
 * Null pointers inside lists read as empty values, as capnp reads them: a null element of a
 * {@code List(Text)} or {@code List(Data)} prints {@code ""} (capnp decode does the same) and its
 * zero-copy view has an empty, non-null buffer.
 */
class NullElementsTest {
  @Test
  void nullTextAndDataElementsPrintAsEmpty() {
    MessageBuilder m = new MessageBuilder();
    TestAllTypes.Builder b = m.initRoot(TestAllTypes._Meta.SIZE, new TestAllTypes.Builder());
    b.initTextList(3).set(1, "a");
    b.initDataList(2).set(0, new byte[] {1});
    TestAllTypes.Reader r = b.asReader();
    String s = r.toString();
    assertEquals(
        "textList = [\"\", \"a\", \"\"], dataList = [\"\\001\", \"\"]",
        s.substring(s.indexOf("textList"), s.indexOf(")", s.indexOf("textList"))));
  }

  @Test
  void emptyViewsHaveABuffer() {
    assertNotNull(new TextReader().buffer());
    assertNotNull(new DataReader().buffer());
    MessageBuilder m = new MessageBuilder();
    TestAllTypes.Builder b = m.initRoot(TestAllTypes._Meta.SIZE, new TestAllTypes.Builder());
    b.initTextList(1);
    TextReader t = b.asReader().getTextList().get(0, new TextReader());
    assertEquals(0, t.size());
    assertNotNull(t.buffer());
    assertNotNull(b.asReader().getTextField(new TextReader()).buffer());
    assertNotNull(b.getDataField().buffer());
    assertEquals(0, b.getDataField().size());
  }
}
