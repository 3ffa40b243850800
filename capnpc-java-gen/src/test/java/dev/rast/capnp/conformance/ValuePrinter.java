package dev.rast.capnp.conformance;

import dev.rast.capnp.CapnpEnum;
import dev.rast.capnp.DataReader;
import dev.rast.capnp.ElementSize;
import dev.rast.capnp.ListReader;
import dev.rast.capnp.StructReader;
import dev.rast.capnp.TextReader;
import dev.rast.capnp.compiler.schema.Schema.Type;
import dev.rast.capnp.text.TextPrinter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Prints a value that generated code hands out (a getter's result, a constant) in the text format,
 * given its schema type: scalars, enums, Text, Data and lists here, structs through their
 * generated {@code printTo}. For comparing defaults and constants with {@code capnp eval}.
 */
final class ValuePrinter {
  private final SchemaTypes schema;

  ValuePrinter(SchemaTypes schema) {
    this.schema = schema;
  }

  /**
   * Whether {@code t} is an AnyPointer or a capability: capnp's text shows no more than {@code
   * <opaque pointer>} for the one and cannot print the other.
   */
  static boolean untyped(Type.Reader t) {
    return t.which() == Type.Which.ANY_POINTER || t.which() == Type.Which.INTERFACE;
  }

  String shortText(Object value, Type.Reader t) {
    TextPrinter p = new TextPrinter();
    print(p, value, t);
    return p.toShortString();
  }

  String prettyText(Object value, Type.Reader t) {
    TextPrinter p = new TextPrinter();
    print(p, value, t);
    return p.toPrettyString();
  }

  void print(TextPrinter p, Object v, Type.Reader t) {
    switch (t.which()) {
      case VOID:
        p.valueVoid();
        return;
      case BOOL:
        p.valueBool((Boolean) v);
        return;
      case INT8:
      case INT16:
      case INT32:
      case INT64:
        p.valueInt(((Number) v).longValue());
        return;
      case UINT8:
        p.valueInt((Byte) v & 0xFF);
        return;
      case UINT16:
        p.valueInt((Short) v & 0xFFFF);
        return;
      case UINT32:
        p.valueInt(Integer.toUnsignedLong((Integer) v));
        return;
      case UINT64:
        p.valueUInt64((Long) v);
        return;
      case FLOAT32:
        p.valueFloat32((Float) v);
        return;
      case FLOAT64:
        p.valueFloat64((Double) v);
        return;
      case ENUM:
        p.valueEnum(((CapnpEnum) v).schemaName());
        return;
      case TEXT:
        if (v instanceof String) {
          byte[] b = ((String) v).getBytes(StandardCharsets.UTF_8);
          p.valueText(ByteBuffer.wrap(b), 0, b.length);
        } else {
          TextReader r = (TextReader) v;
          p.valueText(r.buffer(), r.offset(), r.size());
        }
        return;
      case DATA:
        if (v instanceof byte[]) {
          byte[] b = (byte[]) v;
          p.valueData(ByteBuffer.wrap(b), 0, b.length);
        } else {
          DataReader r = (DataReader) v;
          p.valueData(r.buffer(), r.offset(), r.size());
        }
        return;
      case STRUCT:
        try {
          v.getClass().getMethod("printTo", TextPrinter.class).invoke(v, p);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
        return;
      case LIST:
        printList(p, (ListReader) v, t.getList().getElementType());
        return;
      default:
        throw new IllegalArgumentException("cannot print " + t.which());
    }
  }

  private void printList(TextPrinter p, ListReader l, Type.Reader e) {
    p.beginList();
    for (int i = 0; i < l.size(); i++) {
      switch (e.which()) {
        case VOID:
          p.valueVoid();
          break;
        case BOOL:
          p.valueBool(l.getBoolean(i));
          break;
        case INT8:
        case UINT8:
          print(p, l.getByte(i), e);
          break;
        case INT16:
        case UINT16:
          print(p, l.getShort(i), e);
          break;
        case INT32:
        case UINT32:
          print(p, l.getInt(i), e);
          break;
        case INT64:
        case UINT64:
          print(p, l.getLong(i), e);
          break;
        case FLOAT32:
          p.valueFloat32(l.getFloat(i));
          break;
        case FLOAT64:
          p.valueFloat64(l.getDouble(i));
          break;
        case ENUM: {
          int raw = l.getShort(i) & 0xFFFF;
          int known =
              schema.node(e.getEnum().getTypeId()).getEnum().getEnumerants().size();
          if (raw < known) {
            p.valueEnum(schema
                .node(e.getEnum().getTypeId())
                .getEnum()
                .getEnumerants()
                .get(raw)
                .getName());
          } else {
            p.valueUnknownEnum(raw);
          }
          break;
        }
        case TEXT:
          print(p, l.getText(i, new TextReader()), e);
          break;
        case DATA:
          print(p, l.getData(i, new DataReader()), e);
          break;
        case STRUCT:
          print(
              p,
              l.getStruct(i, (StructReader)
                  schema.newInstance(schema.readerClass(e.getStruct().getTypeId()))),
              e);
          break;
        case LIST:
          printList(
              p,
              l.getList(i, elementSize(e.getList().getElementType()), new ListReader()),
              e.getList().getElementType());
          break;
        default:
          throw new IllegalArgumentException("cannot print a list of " + e.which());
      }
    }
    p.end();
  }

  private static int elementSize(Type.Reader t) {
    switch (t.which()) {
      case VOID:
        return ElementSize.VOID;
      case BOOL:
        return ElementSize.BIT;
      case INT8:
      case UINT8:
        return ElementSize.BYTE;
      case INT16:
      case UINT16:
      case ENUM:
        return ElementSize.TWO_BYTES;
      case INT32:
      case UINT32:
      case FLOAT32:
        return ElementSize.FOUR_BYTES;
      case INT64:
      case UINT64:
      case FLOAT64:
        return ElementSize.EIGHT_BYTES;
      case STRUCT:
        return ElementSize.INLINE_COMPOSITE;
      default:
        return ElementSize.POINTER;
    }
  }
}
