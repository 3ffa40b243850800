package dev.rast.capnp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.capnp.Structs.R;
import org.junit.jupiter.api.Test;

/**
 * A typed builder knows its struct's size: calls without a size allocate it, and a size passed
 * explicitly that is not the builder's own is refused before anything is written over a neighbour.
 */
class BuilderSizeTest {
  private static final StructSize SIZE = new StructSize(2, 1);
  private static final StructSize SMALLER = new StructSize(1, 1);

  /** A builder as generated code writes one: two data words and one pointer. */
  static final class Typed extends StructBuilder {
    Typed() {
      super(SIZE);
    }

    Typed setSecond(long v) {
      writeLong(8, v, 0L);
      return this;
    }

    Typed setName(String v) {
      writeText(0, v);
      return this;
    }
  }

  private static void assertNamesBothSizes(IllegalArgumentException e) {
    assertTrue(e.getMessage().contains(SMALLER.toString()), e.getMessage());
    assertTrue(e.getMessage().contains(SIZE.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("BuilderSizeTest.Typed"), e.getMessage());
  }

  @Test
  void initRootAllocatesTheBuildersOwnSize() {
    MessageBuilder m = new MessageBuilder();
    m.initRoot(new Typed()).setSecond(42).setName("x");
    R r = Built.readBack(m);
    assertEquals(16, r.dataSectionBytes());
    assertEquals(1, r.pointerSectionSize());
    assertEquals(42, r.u64(8));
    assertEquals("x", r.text(0).toString());
    assertEquals(SIZE, new Typed().structSize());
  }

  @Test
  void aWrongExplicitSizeThrowsNamingBothSizes() {
    MessageBuilder m = new MessageBuilder();
    assertNamesBothSizes(
        assertThrows(IllegalArgumentException.class, () -> m.initRoot(SMALLER, new Typed())));
    assertNamesBothSizes(
        assertThrows(IllegalArgumentException.class, () -> m.getRoot(SMALLER, new Typed())));
    Structs.B root = m.initRoot(new StructSize(0, 1), new Structs.B());
    assertNamesBothSizes(assertThrows(
        IllegalArgumentException.class, () -> root.any(0).initAsStruct(SMALLER, new Typed())));
    assertNamesBothSizes(assertThrows(
        IllegalArgumentException.class, () -> root.any(0).getAsStruct(SMALLER, new Typed())));
    m.initRoot(SIZE, new Typed()).setSecond(1); // the right size is accepted
    assertEquals(1, Built.readBack(m).u64(8));
  }

  @Test
  void anyPointerAndGetRootUseTheBuildersSize() {
    MessageBuilder m = new MessageBuilder();
    Structs.B root = m.initRoot(new StructSize(0, 2), new Structs.B());
    root.any(0).initAsStruct(new Typed()).setSecond(7);
    root.any(1).getAsStruct(new Typed()).setSecond(8);
    R r = Built.readBack(m);
    assertEquals(7, r.struct(0).u64(8));
    assertEquals(8, r.struct(1).u64(8));
    // getRoot upgrades a smaller root to the builder's size.
    MessageBuilder small = new MessageBuilder();
    small.initRoot(SMALLER, new Structs.B()).setU64(0, 3);
    small.getRoot(new Typed()).setSecond(4);
    assertEquals(3, Built.readBack(small).u64(0));
    assertEquals(4, Built.readBack(small).u64(8));
  }

  @Test
  void structListsKnowTheirElementsSize() {
    MessageBuilder m = new MessageBuilder();
    Structs.B root = m.initRoot(new StructSize(0, 2), new Structs.B());
    StructListBuilder<Typed> list =
        root.any(0).initAsStructList(2, new StructListBuilder<>(Typed::new));
    list.get(1).setSecond(9);
    assertEquals(
        9,
        Built.readBack(m)
            .list(0, ElementSize.INLINE_COMPOSITE)
            .getStruct(1, new Structs.R())
            .u64(8));
    assertThrows(IllegalArgumentException.class, () -> root.any(1)
        .initAsStructList(SMALLER, 2, new StructListBuilder<>(Typed::new)));
  }

  @Test
  void anElementBuilderLargerThanTheElementsIsRefused() {
    MessageBuilder m = new MessageBuilder();
    Structs.B root = m.initRoot(new StructSize(0, 1), new Structs.B());
    ListBuilder small = root.initStructList(0, SMALLER, 2);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> small.getStruct(0, new Typed()));
    assertTrue(
        e.getMessage().contains("smaller than BuilderSizeTest.Typed's size " + SIZE),
        e.getMessage());
  }

  @Test
  void anUntypedBuilderNeedsAnExplicitSize() {
    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class, () -> new MessageBuilder().initRoot(new Structs.B()));
    assertTrue(e.getMessage().contains("untyped"), e.getMessage());
  }
}
