package dev.rast.capnp;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * Builds a {@link WireModel} into a {@link MessageBuilder}. Pointer slots are written through each
 * builder API in turn (struct fields, list elements, {@link AnyPointerBuilder}), chosen by
 * position, so every way of making an object is exercised.
 */
final class WireModelWriter {
  private WireModelWriter() {}

  /** Replaces {@code m}'s root with {@code root}. */
  static void writeRoot(MessageBuilder m, WireModel.Struct root) {
    if ((root.data().length & 1) == 0) {
      fill(m.initRoot(root.size(), new ModelStructBuilder()), root, 0);
    } else {
      // The other way to make a root: through the root pointer as an AnyPointer.
      fill(
          m.getRoot(new AnyPointerBuilder()).initAsStruct(root.size(), new ModelStructBuilder()),
          root,
          0);
    }
  }

  static void fill(ModelStructBuilder b, WireModel.Struct s, int depth) {
    long[] data = s.data();
    for (int i = 0; i < data.length; i++) {
      b.word(i, data[i]);
    }
    List<WireModel> ptrs = s.pointers();
    for (int i = 0; i < ptrs.size(); i++) {
      if ((i + depth) % 3 == 2) {
        writeAny(b.pointer(i), ptrs.get(i), depth + 1);
      } else {
        writeField(b, i, ptrs.get(i), depth + 1);
      }
    }
  }

  private static void writeField(ModelStructBuilder b, int i, WireModel node, int depth) {
    if (node instanceof WireModel.Null) {
      b.writeNullPointer(i);
    } else if (node instanceof WireModel.Struct s) {
      fill(b.struct(i, s.size()), s, depth);
    } else if (node instanceof WireModel.Text t) {
      b.text(i, t.value());
    } else if (node instanceof WireModel.Data d) {
      b.data(i, d.value());
    } else if (node instanceof WireModel.StructList sl) {
      fillStructList(b.structList(i, sl.size(), sl.elements().size()), sl, depth);
    } else if (node instanceof WireModel.Capability c) {
      b.pointer(i).setCapability(c.index());
    } else {
      fillList(b.list(i, elementSize(node), listSize(node)), node, depth);
    }
  }

  private static void writeAny(AnyPointerBuilder p, WireModel node, int depth) {
    if (node instanceof WireModel.Null) {
      p.clear();
    } else if (node instanceof WireModel.Struct s) {
      fill(p.initAsStruct(s.size(), new ModelStructBuilder()), s, depth);
    } else if (node instanceof WireModel.Text t) {
      p.setAsText(t.value());
    } else if (node instanceof WireModel.Data d) {
      p.setAsData(ByteBuffer.wrap(d.value()));
    } else if (node instanceof WireModel.StructList sl) {
      fillStructList(
          p.initAsStructList(sl.size(), sl.elements().size(), new ListBuilder()), sl, depth);
    } else if (node instanceof WireModel.Capability c) {
      p.setCapability(c.index());
    } else {
      fillList(p.initAsList(elementSize(node), listSize(node), new ListBuilder()), node, depth);
    }
  }

  private static void writeElement(ListBuilder l, int j, WireModel node, int depth) {
    if (node instanceof WireModel.Null) {
      l.setNull(j);
    } else if (node instanceof WireModel.Struct s) {
      fill(l.initStructPointer(j, s.size(), new ModelStructBuilder()), s, depth);
    } else if (node instanceof WireModel.Text t) {
      l.setText(j, t.value());
    } else if (node instanceof WireModel.Data d) {
      if ((j & 1) == 0) {
        l.setData(j, d.value(), 0, d.value().length);
      } else {
        l.setData(j, ByteBuffer.wrap(d.value()));
      }
    } else if (node instanceof WireModel.StructList sl) {
      fillStructList(
          l.initStructList(j, sl.size(), sl.elements().size(), new ListBuilder()), sl, depth);
    } else if (node instanceof WireModel.Capability c) {
      l.getAnyPointer(j, new AnyPointerBuilder()).setCapability(c.index());
    } else {
      fillList(l.initList(j, elementSize(node), listSize(node), new ListBuilder()), node, depth);
    }
  }

  private static void fillStructList(ListBuilder l, WireModel.StructList sl, int depth) {
    for (int j = 0; j < sl.elements().size(); j++) {
      fill(l.getStruct(j, new ModelStructBuilder()), sl.elements().get(j), depth);
    }
  }

  private static void fillList(ListBuilder l, WireModel node, int depth) {
    if (node instanceof WireModel.BitList bits) {
      boolean[] v = bits.values();
      for (int j = 0; j < v.length; j++) {
        l.setBoolean(j, v[j]);
      }
    } else if (node instanceof WireModel.PrimitiveList p) {
      long[] v = p.values();
      for (int j = 0; j < v.length; j++) {
        switch (p.elementSize()) {
          case ElementSize.BYTE -> l.setByte(j, (byte) v[j]);
          case ElementSize.TWO_BYTES -> l.setShort(j, (short) v[j]);
          case ElementSize.FOUR_BYTES -> l.setInt(j, (int) v[j]);
          default -> l.setLong(j, v[j]);
        }
      }
    } else if (node instanceof WireModel.PointerList pl) {
      for (int j = 0; j < pl.elements().size(); j++) {
        writeElement(l, j, pl.elements().get(j), depth + 1);
      }
    }
    // VoidList: nothing to write.
  }

  static int elementSize(WireModel node) {
    if (node instanceof WireModel.VoidList) {
      return ElementSize.VOID;
    } else if (node instanceof WireModel.BitList) {
      return ElementSize.BIT;
    } else if (node instanceof WireModel.PrimitiveList p) {
      return p.elementSize();
    } else if (node instanceof WireModel.PointerList) {
      return ElementSize.POINTER;
    } else if (node instanceof WireModel.StructList) {
      return ElementSize.INLINE_COMPOSITE;
    }
    throw new IllegalArgumentException("not a list: " + node);
  }

  static int listSize(WireModel node) {
    if (node instanceof WireModel.VoidList v) {
      return v.size();
    } else if (node instanceof WireModel.BitList b) {
      return b.values().length;
    } else if (node instanceof WireModel.PrimitiveList p) {
      return p.values().length;
    } else if (node instanceof WireModel.PointerList pl) {
      return pl.elements().size();
    } else if (node instanceof WireModel.StructList sl) {
      return sl.elements().size();
    }
    throw new IllegalArgumentException("not a list: " + node);
  }
}
