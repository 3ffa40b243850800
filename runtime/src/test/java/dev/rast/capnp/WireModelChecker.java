package dev.rast.capnp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/**
 * Reads a message through the read flyweights and asserts that it holds the values of a {@link
 * WireModel}. Compares values, not layout: a canonical form (trailing zero words and null pointers
 * dropped) reads the same as the original.
 */
final class WireModelChecker {
  private WireModelChecker() {}

  static void checkRoot(WireModel.Struct expected, MessageReader m) {
    checkStruct(expected, m.getRoot(new ModelStructReader()), "root");
    AnyPointerReader root = m.getRoot(new AnyPointerReader());
    assertEquals(PointerType.STRUCT, root.pointerType(), "root pointer type");
  }

  static void checkStruct(WireModel.Struct expected, ModelStructReader r, String path) {
    long[] data = expected.data();
    for (int i = 0; i < data.length; i++) {
      assertEquals(data[i], r.word(i), path + ".data[" + i + "]");
    }
    // Past the model's data section every field reads as its default.
    assertEquals(0L, r.word(data.length), path + ".data[" + data.length + "] (past the end)");
    assertTrue(r.dataSectionBytes() <= data.length * 8, path + " data section grew");
    List<WireModel> ptrs = expected.pointers();
    assertTrue(r.pointerSectionSize() <= ptrs.size(), path + " pointer section grew");
    for (int i = 0; i < ptrs.size(); i++) {
      checkField(ptrs.get(i), r, i, path + ".ptr[" + i + "]");
    }
    assertFalse(r.hasPointer(ptrs.size()), path + " has a pointer past the end");
  }

  private static void checkField(WireModel node, ModelStructReader r, int i, String path) {
    assertEquals(!(node instanceof WireModel.Null), r.hasPointer(i), path + " non-null");
    AnyPointerReader any = r.pointer(i, new AnyPointerReader());
    assertEquals(pointerType(node), any.pointerType(), path + " pointer type");
    if (node instanceof WireModel.Struct s) {
      checkStruct(s, r.struct(i, new ModelStructReader()), path);
    } else if (node instanceof WireModel.Text t) {
      checkText(t, r.text(i, new TextReader()), path);
    } else if (node instanceof WireModel.Data d) {
      assertArrayEquals(d.value(), r.data(i, new DataReader()).toByteArray(), path);
    } else if (node instanceof WireModel.Capability c) {
      assertEquals(c.index(), any.getCapabilityIndex(), path + " capability");
    } else if (!(node instanceof WireModel.Null)) {
      checkList(node, r.list(i, WireModelWriter.elementSize(node), new ListReader()), path);
    }
    // Every non-null pointer also reads through the AnyPointer view.
    if (node instanceof WireModel.Struct s) {
      checkStruct(s, any.getAsStruct(new ModelStructReader()), path + "(any)");
    } else if (node instanceof WireModel.Text t) {
      checkText(t, any.getAsText(new TextReader()), path + "(any)");
    } else if (node instanceof WireModel.Data d) {
      assertArrayEquals(d.value(), any.getAsData(new DataReader()).toByteArray(), path + "(any)");
    } else if (pointerType(node) == PointerType.LIST) {
      checkList(node, any.getAsList(new ListReader()), path + "(any)");
    }
  }

  private static void checkElement(WireModel node, ListReader l, int j, String path) {
    assertEquals(!(node instanceof WireModel.Null), l.hasPointer(j), path + " non-null");
    AnyPointerReader any = l.getAnyPointer(j, new AnyPointerReader());
    assertEquals(pointerType(node), any.pointerType(), path + " pointer type");
    if (node instanceof WireModel.Struct s) {
      checkStruct(s, l.getStructPointer(j, new ModelStructReader()), path);
    } else if (node instanceof WireModel.Text t) {
      checkText(t, l.getText(j, new TextReader()), path);
    } else if (node instanceof WireModel.Data d) {
      assertArrayEquals(d.value(), l.getData(j, new DataReader()).toByteArray(), path);
    } else if (node instanceof WireModel.Capability c) {
      assertEquals(c.index(), any.getCapabilityIndex(), path + " capability");
    } else if (!(node instanceof WireModel.Null)) {
      checkList(node, l.getList(j, WireModelWriter.elementSize(node), new ListReader()), path);
    }
  }

  private static void checkText(WireModel.Text t, TextReader r, String path) {
    assertEquals(t.value(), r.toString(), path);
    assertTrue(r.contentEquals(t.value()), path + " contentEquals");
    assertEquals(t.utf8().length, r.size(), path + " size");
  }

  static void checkList(WireModel node, ListReader l, String path) {
    assertEquals(WireModelWriter.listSize(node), l.size(), path + " size");
    if (node instanceof WireModel.VoidList) {
      assertEquals(ElementSize.VOID, l.elementSize(), path + " element size");
    } else if (node instanceof WireModel.BitList b) {
      boolean[] v = b.values();
      for (int j = 0; j < v.length; j++) {
        assertEquals(v[j], l.getBoolean(j), path + "[" + j + "]");
      }
    } else if (node instanceof WireModel.PrimitiveList p) {
      assertEquals(p.elementSize(), l.elementSize(), path + " element size");
      long[] v = p.values();
      for (int j = 0; j < v.length; j++) {
        long actual =
            switch (p.elementSize()) {
              case ElementSize.BYTE -> l.getByte(j);
              case ElementSize.TWO_BYTES -> l.getShort(j);
              case ElementSize.FOUR_BYTES -> l.getInt(j);
              default -> l.getLong(j);
            };
        assertEquals(v[j], actual, path + "[" + j + "]");
      }
    } else if (node instanceof WireModel.PointerList pl) {
      for (int j = 0; j < pl.elements().size(); j++) {
        checkElement(pl.elements().get(j), l, j, path + "[" + j + "]");
      }
    } else if (node instanceof WireModel.StructList sl) {
      assertEquals(ElementSize.INLINE_COMPOSITE, l.elementSize(), path + " element size");
      for (int j = 0; j < sl.elements().size(); j++) {
        checkStruct(
            sl.elements().get(j), l.getStruct(j, new ModelStructReader()), path + "[" + j + "]");
      }
    }
  }

  static PointerType pointerType(WireModel node) {
    if (node instanceof WireModel.Null) {
      return PointerType.NULL;
    } else if (node instanceof WireModel.Struct) {
      return PointerType.STRUCT;
    } else if (node instanceof WireModel.Capability) {
      return PointerType.CAPABILITY;
    }
    return PointerType.LIST;
  }
}
