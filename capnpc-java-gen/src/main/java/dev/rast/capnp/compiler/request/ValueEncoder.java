package dev.rast.capnp.compiler.request;

import dev.rast.capnp.AnyPointerBuilder;
import dev.rast.capnp.ElementSize;
import dev.rast.capnp.Framing;
import dev.rast.capnp.ListBuilder;
import dev.rast.capnp.MessageReader;
import dev.rast.capnp.StructReader;
import dev.rast.capnp.StructSize;
import dev.rast.capnp.compiler.resolve.NodeModel;
import dev.rast.capnp.compiler.resolve.TypeModel;
import dev.rast.capnp.compiler.resolve.Val;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;

/**
 * Encodes compiled values into a message: primitives as raw bits (XOR-ed with the field's default
 * inside struct values, as capnp stores them), text, data, lists and structs with the layouts the
 * compiler computed.
 */
final class ValueEncoder {
  private final Map<Long, NodeModel> nodes;

  ValueEncoder(Map<Long, NodeModel> nodes) {
    this.nodes = nodes;
  }

  /** A root struct of an embedded message, read without a schema of its own. */
  private static final class RawStructReader extends StructReader {}

  /** The 64 raw bits of a primitive value of type {@code t} (floats as IEEE bits). */
  static long bits(Val v, TypeModel.Which t) {
    if (v instanceof Val.BoolV b) {
      return b.value() ? 1 : 0;
    } else if (v instanceof Val.EnumV e) {
      return e.value();
    } else if (v instanceof Val.IntV i) {
      if (t == TypeModel.Which.FLOAT32 || t == TypeModel.Which.FLOAT64) {
        double d = i.unsigned() && i.value() < 0 ? unsignedToDouble(i.value()) : (double) i.value();
        return t == TypeModel.Which.FLOAT32
            ? Float.floatToRawIntBits((float) d)
            : Double.doubleToRawLongBits(d);
      }
      return i.value();
    } else if (v instanceof Val.FloatV f) {
      return t == TypeModel.Which.FLOAT32
          ? Float.floatToRawIntBits((float) f.value())
          : Double.doubleToRawLongBits(f.value());
    }
    return 0;
  }

  private static double unsignedToDouble(long v) {
    return (double) (v >>> 1) * 2.0 + (v & 1);
  }

  /** Writes a pointer value into {@code p}. */
  void writePointer(AnyPointerBuilder p, Val v, TypeModel t) {
    if (v instanceof Val.NullV || v == null) {
      p.clear();
    } else if (v instanceof Val.TextV s) {
      p.setAsText(s.value());
    } else if (v instanceof Val.DataV d) {
      p.setAsData(ByteBuffer.wrap(d.value()));
    } else if (v instanceof Val.StructV s) {
      NodeModel n = nodes.get(s.structId());
      RawStruct r =
          p.initAsStruct(new StructSize(n.dataWordCount, n.pointerCount), new RawStruct());
      fillStruct(r, n, s);
    } else if (v instanceof Val.ListV l) {
      writeList(p, l);
    } else if (v instanceof Val.EmbeddedStruct e) {
      MessageReader m = Framing.read(
          ByteBuffer.wrap(e.message()).order(ByteOrder.LITTLE_ENDIAN), new MessageReader());
      p.setAsStruct(m.getRoot(new RawStructReader()));
    }
  }

  private static int elementSize(TypeModel.Which w) {
    return switch (w) {
      case VOID -> ElementSize.VOID;
      case BOOL -> ElementSize.BIT;
      case INT8, UINT8 -> ElementSize.BYTE;
      case INT16, UINT16, ENUM -> ElementSize.TWO_BYTES;
      case INT32, UINT32, FLOAT32 -> ElementSize.FOUR_BYTES;
      case INT64, UINT64, FLOAT64 -> ElementSize.EIGHT_BYTES;
      default -> ElementSize.POINTER;
    };
  }

  private void writeList(AnyPointerBuilder p, Val.ListV l) {
    TypeModel e = l.type().element();
    int n = l.elements().size();
    if (e.which() == TypeModel.Which.STRUCT) {
      NodeModel node = nodes.get(e.typeId());
      ListBuilder list = p.initAsStructList(
          new StructSize(node.dataWordCount, node.pointerCount), n, new ListBuilder());
      for (int i = 0; i < n; i++) {
        RawStruct r = list.getStruct(i, new RawStruct());
        if (l.elements().get(i) instanceof Val.StructV s) {
          fillStruct(r, node, s);
        }
      }
      return;
    }
    int size = elementSize(e.which());
    ListBuilder list = p.initAsList(size, n, new ListBuilder());
    for (int i = 0; i < n; i++) {
      Val v = l.elements().get(i);
      switch (size) {
        case ElementSize.VOID -> {}
        case ElementSize.BIT -> list.setBoolean(i, bits(v, e.which()) != 0);
        case ElementSize.BYTE -> list.setByte(i, (byte) bits(v, e.which()));
        case ElementSize.TWO_BYTES -> list.setShort(i, (short) bits(v, e.which()));
        case ElementSize.FOUR_BYTES -> list.setInt(i, (int) bits(v, e.which()));
        case ElementSize.EIGHT_BYTES -> list.setLong(i, bits(v, e.which()));
        default -> writePointer(list.getAnyPointer(i, new AnyPointerBuilder()), v, e);
      }
    }
  }

  private void fillStruct(RawStruct r, NodeModel node, Val.StructV struct) {
    for (Val.Assignment a : struct.fields()) {
      NodeModel.FieldModel f = null;
      for (NodeModel.FieldModel candidate : node.fields) {
        if (candidate.name.equals(a.field())) {
          f = candidate;
        }
      }
      if (f == null) {
        continue;
      }
      if (f.discriminantValue != 0xffff) {
        r.int16(node.discriminantOffset * 2, (short) f.discriminantValue, (short) 0);
      }
      if (f.isGroup) {
        fillStruct(r, nodes.get(f.groupTypeId), (Val.StructV) a.value());
        continue;
      }
      TypeModel.Which w = f.type.which();
      long value = bits(a.value(), w);
      long def = bits(f.defaultValue, w);
      switch (w) {
        case VOID -> {}
        case BOOL -> r.bool(f.offset, value != 0, def != 0);
        case INT8, UINT8 -> r.int8(f.offset, (byte) value, (byte) def);
        case INT16, UINT16, ENUM -> r.int16(f.offset * 2, (short) value, (short) def);
        case INT32, UINT32, FLOAT32 -> r.int32(f.offset * 4, (int) value, (int) def);
        case INT64, UINT64, FLOAT64 -> r.int64(f.offset * 8, value, def);
        default -> writePointer(
            r.pointer(f.offset), a.value(), a.type() != null ? a.type() : f.type);
      }
    }
  }
}
