package dev.rast.capnp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rast.capnp.Structs.B;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** Typed list views are {@code Iterable}: for-each works on readers and builders. */
class ListIterationTest {
  @Test
  void textAndDataListsIterate() {
    MessageBuilder m = new MessageBuilder();
    B root = m.initRoot(new StructSize(0, 2), new B());
    // Through the typed builders that generated code uses.
    TextListBuilder texts = root.any(0).initAsList(ElementSize.POINTER, 3, new TextListBuilder());
    texts.set(0, "a");
    texts.set(1, "b");
    texts.set(2, "c");
    DataListBuilder datas = root.any(1).initAsList(ElementSize.POINTER, 2, new DataListBuilder());
    datas.set(0, new byte[] {1});
    datas.set(1, new byte[] {2, 3});

    List<String> seen = new ArrayList<>();
    for (String s : texts) {
      seen.add(s);
    }
    for (String s : root.any(0).asReader(new AnyPointerReader()).getAsList(new TextListReader())) {
      seen.add(s);
    }
    assertEquals(List.of("a", "b", "c", "a", "b", "c"), seen);
    int bytes = 0;
    for (byte[] d : root.any(1).asReader(new AnyPointerReader()).getAsList(new DataListReader())) {
      bytes += d.length;
    }
    for (byte[] d : datas) {
      bytes += d.length;
    }
    assertEquals(6, bytes);
  }

  @Test
  void structListsIterate() {
    MessageBuilder m = new MessageBuilder();
    B root = m.initRoot(new StructSize(0, 1), new B());
    StructListBuilder<BuilderSizeTest.Typed> list =
        root.any(0).initAsStructList(3, new StructListBuilder<>(BuilderSizeTest.Typed::new));
    long v = 10;
    for (BuilderSizeTest.Typed t : list) {
      t.setSecond(v++);
    }
    long sum = 0;
    for (Structs.R r : root.any(0)
        .asReader(new AnyPointerReader())
        .getAsList(new StructListReader<>(Structs.R::new))) {
      sum += r.u64(8);
    }
    assertEquals(33, sum);
  }

  @Test
  void anExhaustedIteratorSaysSo() {
    Iterator<String> it = new TextListReader().iterator();
    assertFalse(it.hasNext());
    assertThrows(NoSuchElementException.class, it::next);
  }
}
