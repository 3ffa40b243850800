package dev.rast.bench.capnpjava;

import org.capnproto.SegmentBuilder;
import org.capnproto.SegmentReader;
import org.capnproto.StructBuilder;
import org.capnproto.StructFactory;
import org.capnproto.StructList;
import org.capnproto.StructReader;
import org.capnproto.StructSize;

/**
 * {@code eval.capnp} for capnproto-java, in the shape its generator emits (one nested class per
 * struct with {@code Factory}, {@code Reader} and {@code Builder}; a group is a nested class whose
 * reader and builder view the enclosing struct's data, a union has {@code which()} and a
 * {@code Which} enum; enums with {@code _NOT_IN_SCHEMA}), written against its public runtime API.
 * Offsets are the schema's layout as {@code capnp compile -ocapnp} prints it.
 */
public final class EvalCapnp {
  private EvalCapnp() {}

  /** {@code enum Operation}. */
  public enum Operation {
    ADD,
    SUBTRACT,
    MULTIPLY,
    DIVIDE,
    MODULUS,
    _NOT_IN_SCHEMA
  }

  /**
   * {@code struct Expression}: {@code op} (bits 0-16), group {@code left} (tag bits 16-32, value
   * bits 32-64 or pointer 0), group {@code right} (tag bits 96-112, value bits 64-96 or pointer 1).
   */
  public static final class Expression {
    public static final StructSize STRUCT_SIZE = new StructSize((short) 2, (short) 2);
    public static final Factory factory = new Factory();
    public static final StructList.Factory<Builder, Reader> listFactory =
        new StructList.Factory<>(factory);

    private Expression() {}

    public static final class Factory extends StructFactory<Builder, Reader> {
      @Override
      public Reader constructReader(
          SegmentReader segment,
          int data,
          int pointers,
          int dataSize,
          short pointerCount,
          int nestingLimit) {
        return new Reader(segment, data, pointers, dataSize, pointerCount, nestingLimit);
      }

      @Override
      public Builder constructBuilder(
          SegmentBuilder segment, int data, int pointers, int dataSize, short pointerCount) {
        return new Builder(segment, data, pointers, dataSize, pointerCount);
      }

      @Override
      public StructSize structSize() {
        return STRUCT_SIZE;
      }

      @Override
      public Reader asReader(Builder builder) {
        return builder.asReader();
      }
    }

    public static final class Reader extends StructReader {
      Reader(
          SegmentReader segment,
          int data,
          int pointers,
          int dataSize,
          short pointerCount,
          int nestingLimit) {
        super(segment, data, pointers, dataSize, pointerCount, nestingLimit);
      }

      public final Operation getOp() {
        switch (_getShortField(0)) {
          case 0:
            return Operation.ADD;
          case 1:
            return Operation.SUBTRACT;
          case 2:
            return Operation.MULTIPLY;
          case 3:
            return Operation.DIVIDE;
          case 4:
            return Operation.MODULUS;
          default:
            return Operation._NOT_IN_SCHEMA;
        }
      }

      public Left.Reader getLeft() {
        return new Left.Reader(segment, data, pointers, dataSize, pointerCount, nestingLimit);
      }

      public Right.Reader getRight() {
        return new Right.Reader(segment, data, pointers, dataSize, pointerCount, nestingLimit);
      }
    }

    public static final class Builder extends StructBuilder {
      Builder(SegmentBuilder segment, int data, int pointers, int dataSize, short pointerCount) {
        super(segment, data, pointers, dataSize, pointerCount);
      }

      public Reader asReader() {
        return new Reader(segment, data, pointers, dataSize, pointerCount, Integer.MAX_VALUE);
      }

      public final Operation getOp() {
        switch (_getShortField(0)) {
          case 0:
            return Operation.ADD;
          case 1:
            return Operation.SUBTRACT;
          case 2:
            return Operation.MULTIPLY;
          case 3:
            return Operation.DIVIDE;
          case 4:
            return Operation.MODULUS;
          default:
            return Operation._NOT_IN_SCHEMA;
        }
      }

      public final void setOp(Operation value) {
        _setShortField(0, (short) value.ordinal());
      }

      public final Left.Builder getLeft() {
        return new Left.Builder(segment, data, pointers, dataSize, pointerCount);
      }

      public final Left.Builder initLeft() {
        _setShortField(1, (short) 0);
        _setIntField(1, 0);
        _clearPointerField(0);
        return new Left.Builder(segment, data, pointers, dataSize, pointerCount);
      }

      public final Right.Builder getRight() {
        return new Right.Builder(segment, data, pointers, dataSize, pointerCount);
      }

      public final Right.Builder initRight() {
        _setShortField(6, (short) 0);
        _setIntField(2, 0);
        _clearPointerField(1);
        return new Right.Builder(segment, data, pointers, dataSize, pointerCount);
      }
    }

    /** Group {@code left}: a union of {@code value :Int32} and {@code expression :Expression}. */
    public static final class Left {
      public static final Factory factory = new Factory();

      private Left() {}

      public enum Which {
        VALUE,
        EXPRESSION,
        _NOT_IN_SCHEMA
      }

      public static final class Factory extends StructFactory<Builder, Reader> {
        @Override
        public Reader constructReader(
            SegmentReader segment,
            int data,
            int pointers,
            int dataSize,
            short pointerCount,
            int nestingLimit) {
          return new Reader(segment, data, pointers, dataSize, pointerCount, nestingLimit);
        }

        @Override
        public Builder constructBuilder(
            SegmentBuilder segment, int data, int pointers, int dataSize, short pointerCount) {
          return new Builder(segment, data, pointers, dataSize, pointerCount);
        }

        @Override
        public StructSize structSize() {
          return Expression.STRUCT_SIZE;
        }

        @Override
        public Reader asReader(Builder builder) {
          return builder.asReader();
        }
      }

      public static final class Reader extends StructReader {
        Reader(
            SegmentReader segment,
            int data,
            int pointers,
            int dataSize,
            short pointerCount,
            int nestingLimit) {
          super(segment, data, pointers, dataSize, pointerCount, nestingLimit);
        }

        public Which which() {
          switch (_getShortField(1)) {
            case 0:
              return Which.VALUE;
            case 1:
              return Which.EXPRESSION;
            default:
              return Which._NOT_IN_SCHEMA;
          }
        }

        public final boolean isValue() {
          return which() == Which.VALUE;
        }

        public final int getValue() {
          assert which() == Which.VALUE : "Must check which() before get()ing a union member.";
          return _getIntField(1);
        }

        public final boolean isExpression() {
          return which() == Which.EXPRESSION;
        }

        public boolean hasExpression() {
          if (which() != Which.EXPRESSION) {
            return false;
          }
          return !_pointerFieldIsNull(0);
        }

        public Expression.Reader getExpression() {
          assert which() == Which.EXPRESSION : "Must check which() before get()ing a union member.";
          return _getPointerField(Expression.factory, 0, null, 0);
        }
      }

      public static final class Builder extends StructBuilder {
        Builder(SegmentBuilder segment, int data, int pointers, int dataSize, short pointerCount) {
          super(segment, data, pointers, dataSize, pointerCount);
        }

        public Reader asReader() {
          return new Reader(segment, data, pointers, dataSize, pointerCount, Integer.MAX_VALUE);
        }

        public Which which() {
          switch (_getShortField(1)) {
            case 0:
              return Which.VALUE;
            case 1:
              return Which.EXPRESSION;
            default:
              return Which._NOT_IN_SCHEMA;
          }
        }

        public final int getValue() {
          assert which() == Which.VALUE : "Must check which() before get()ing a union member.";
          return _getIntField(1);
        }

        public final void setValue(int value) {
          _setShortField(1, (short) Which.VALUE.ordinal());
          _setIntField(1, value);
        }

        public final Expression.Builder getExpression() {
          assert which() == Which.EXPRESSION : "Must check which() before get()ing a union member.";
          return _getPointerField(Expression.factory, 0, null, 0);
        }

        public final void setExpression(Expression.Reader value) {
          _setShortField(1, (short) Which.EXPRESSION.ordinal());
          _setPointerField(Expression.factory, 0, value);
        }

        public final Expression.Builder initExpression() {
          _setShortField(1, (short) Which.EXPRESSION.ordinal());
          return _initPointerField(Expression.factory, 0, 0);
        }
      }
    }

    /** Group {@code right}: a union of {@code value :Int32} and {@code expression :Expression}. */
    public static final class Right {
      public static final Factory factory = new Factory();

      private Right() {}

      public enum Which {
        VALUE,
        EXPRESSION,
        _NOT_IN_SCHEMA
      }

      public static final class Factory extends StructFactory<Builder, Reader> {
        @Override
        public Reader constructReader(
            SegmentReader segment,
            int data,
            int pointers,
            int dataSize,
            short pointerCount,
            int nestingLimit) {
          return new Reader(segment, data, pointers, dataSize, pointerCount, nestingLimit);
        }

        @Override
        public Builder constructBuilder(
            SegmentBuilder segment, int data, int pointers, int dataSize, short pointerCount) {
          return new Builder(segment, data, pointers, dataSize, pointerCount);
        }

        @Override
        public StructSize structSize() {
          return Expression.STRUCT_SIZE;
        }

        @Override
        public Reader asReader(Builder builder) {
          return builder.asReader();
        }
      }

      public static final class Reader extends StructReader {
        Reader(
            SegmentReader segment,
            int data,
            int pointers,
            int dataSize,
            short pointerCount,
            int nestingLimit) {
          super(segment, data, pointers, dataSize, pointerCount, nestingLimit);
        }

        public Which which() {
          switch (_getShortField(6)) {
            case 0:
              return Which.VALUE;
            case 1:
              return Which.EXPRESSION;
            default:
              return Which._NOT_IN_SCHEMA;
          }
        }

        public final boolean isValue() {
          return which() == Which.VALUE;
        }

        public final int getValue() {
          assert which() == Which.VALUE : "Must check which() before get()ing a union member.";
          return _getIntField(2);
        }

        public final boolean isExpression() {
          return which() == Which.EXPRESSION;
        }

        public boolean hasExpression() {
          if (which() != Which.EXPRESSION) {
            return false;
          }
          return !_pointerFieldIsNull(1);
        }

        public Expression.Reader getExpression() {
          assert which() == Which.EXPRESSION : "Must check which() before get()ing a union member.";
          return _getPointerField(Expression.factory, 1, null, 0);
        }
      }

      public static final class Builder extends StructBuilder {
        Builder(SegmentBuilder segment, int data, int pointers, int dataSize, short pointerCount) {
          super(segment, data, pointers, dataSize, pointerCount);
        }

        public Reader asReader() {
          return new Reader(segment, data, pointers, dataSize, pointerCount, Integer.MAX_VALUE);
        }

        public Which which() {
          switch (_getShortField(6)) {
            case 0:
              return Which.VALUE;
            case 1:
              return Which.EXPRESSION;
            default:
              return Which._NOT_IN_SCHEMA;
          }
        }

        public final int getValue() {
          assert which() == Which.VALUE : "Must check which() before get()ing a union member.";
          return _getIntField(2);
        }

        public final void setValue(int value) {
          _setShortField(6, (short) Which.VALUE.ordinal());
          _setIntField(2, value);
        }

        public final Expression.Builder getExpression() {
          assert which() == Which.EXPRESSION : "Must check which() before get()ing a union member.";
          return _getPointerField(Expression.factory, 1, null, 0);
        }

        public final void setExpression(Expression.Reader value) {
          _setShortField(6, (short) Which.EXPRESSION.ordinal());
          _setPointerField(Expression.factory, 1, value);
        }

        public final Expression.Builder initExpression() {
          _setShortField(6, (short) Which.EXPRESSION.ordinal());
          return _initPointerField(Expression.factory, 1, 0);
        }
      }
    }
  }

  /** {@code struct EvaluationResult}: {@code value :Int32}. */
  public static final class EvaluationResult {
    public static final StructSize STRUCT_SIZE = new StructSize((short) 1, (short) 0);
    public static final Factory factory = new Factory();
    public static final StructList.Factory<Builder, Reader> listFactory =
        new StructList.Factory<>(factory);

    private EvaluationResult() {}

    public static final class Factory extends StructFactory<Builder, Reader> {
      @Override
      public Reader constructReader(
          SegmentReader segment,
          int data,
          int pointers,
          int dataSize,
          short pointerCount,
          int nestingLimit) {
        return new Reader(segment, data, pointers, dataSize, pointerCount, nestingLimit);
      }

      @Override
      public Builder constructBuilder(
          SegmentBuilder segment, int data, int pointers, int dataSize, short pointerCount) {
        return new Builder(segment, data, pointers, dataSize, pointerCount);
      }

      @Override
      public StructSize structSize() {
        return STRUCT_SIZE;
      }

      @Override
      public Reader asReader(Builder builder) {
        return builder.asReader();
      }
    }

    public static final class Reader extends StructReader {
      Reader(
          SegmentReader segment,
          int data,
          int pointers,
          int dataSize,
          short pointerCount,
          int nestingLimit) {
        super(segment, data, pointers, dataSize, pointerCount, nestingLimit);
      }

      public final int getValue() {
        return _getIntField(0);
      }
    }

    public static final class Builder extends StructBuilder {
      Builder(SegmentBuilder segment, int data, int pointers, int dataSize, short pointerCount) {
        super(segment, data, pointers, dataSize, pointerCount);
      }

      public Reader asReader() {
        return new Reader(segment, data, pointers, dataSize, pointerCount, Integer.MAX_VALUE);
      }

      public final int getValue() {
        return _getIntField(0);
      }

      public final void setValue(int value) {
        _setIntField(0, value);
      }
    }
  }
}
