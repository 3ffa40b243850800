// Generated from capnp/benchmark/eval.capnp by rast-java 0.1.0 (capnpc-java-rast). Do not edit.
package dev.rast.benchmark.capnp;

import dev.rast.capnp.CapnpEnum;
import dev.rast.capnp.Generated;
import dev.rast.capnp.StructBuilder;
import dev.rast.capnp.StructReader;
import dev.rast.capnp.StructSize;
import dev.rast.capnp.text.TextPrinter;

/**
 * Types of {@code capnp/benchmark/eval.capnp}.
 */
public final class Eval {
  static {
    Generated.checkAbi(2);
  }

  private Eval() {
  }

  /**
   * Enum {@code capnp/benchmark/eval.capnp:Operation}.
   */
  public enum Operation implements CapnpEnum {
    ADD("add"),

    SUBTRACT("subtract"),

    MULTIPLY("multiply"),

    DIVIDE("divide"),

    MODULUS("modulus"),

    /**
     * A value this schema does not know (written by a newer one).
     */
    _UNKNOWN((String) null);

    /**
     * The schema's 64-bit id of this enum.
     */
    public static final long _TYPE_ID = 0xacf353ef75773376L;

    private static final Operation[] _VALUES = {ADD, SUBTRACT, MULTIPLY, DIVIDE, MODULUS};

    private final String schemaName;

    Operation(String schemaName) {
      this.schemaName = schemaName;
    }

    /**
     * The enumerant's name in the schema, or null for {@code _UNKNOWN}.
     */
    @Override
    public String schemaName() {
      return schemaName;
    }

    /**
     * The constant for wire value {@code value}, or {@code _UNKNOWN}.
     */
    public static Operation fromValue(int value) {
      return value >= 0 && value < _VALUES.length ? _VALUES[value] : _UNKNOWN;
    }
  }

  /**
   * Struct {@code Expression}.
   */
  public static final class Expression {
    private Expression() {
    }

    /**
     * Generator-owned metadata of this struct.
     */
    public static final class _Meta {
      /**
       * The schema's 64-bit id of this node.
       */
      public static final long TYPE_ID = 0x81d32418aae320bfL;

      /**
       * Data words and pointers of this struct.
       */
      public static final StructSize SIZE = new StructSize(2, 2);

      private _Meta() {
      }
    }

    /**
     * Reads a {@code Expression} in place; re-pointable, allocation-free.
     */
    public static final class Reader extends StructReader {
      /**
       * An unpointed reader (the empty struct until pointed somewhere).
       */
      public Reader() {
      }

      public Operation getOp() {
        return Operation.fromValue(readShort(0, (short) 0) & 0xFFFF);
      }

      public Left.Reader getLeft() {
        return getLeft(new Left.Reader());
      }

      public Left.Reader getLeft(Left.Reader reuse) {
        reuse.wrap(this);
        return reuse;
      }

      public Right.Reader getRight() {
        return getRight(new Right.Reader());
      }

      public Right.Reader getRight(Right.Reader reuse) {
        reuse.wrap(this);
        return reuse;
      }

      /**
       * Prints this struct in the Cap'n Proto text format to {@code p}.
       */
      public void printTo(TextPrinter p) {
        p.beginStruct();
        p.field("op");
        Generated.printEnum(p, getOp(), readShort(0, (short) 0) & 0xFFFF);
        p.field("left");
        getLeft().printTo(p);
        p.field("right");
        getRight().printTo(p);
        p.end();
      }

      /**
       * This struct as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toShortString();
      }

      /**
       * This struct as {@code capnp decode} prints it (without the final newline).
       */
      public String toPrettyString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toPrettyString();
      }

      /**
       * Value equality: equal canonical forms.
       */
      @Override
      public boolean equals(Object other) {
        return other instanceof Reader && Generated.equal(this, (Reader) other);
      }

      /**
       * A hash of the canonical form, consistent with {@link #equals}.
       */
      @Override
      public int hashCode() {
        return Generated.hash(this);
      }
    }

    /**
     * Writes a {@code Expression} in place.
     */
    public static final class Builder extends StructBuilder {
      /**
       * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
       */
      public Builder() {
        super(_Meta.SIZE);
      }

      public Operation getOp() {
        return Operation.fromValue(readShort(0, (short) 0) & 0xFFFF);
      }

      public Builder setOp(Operation value) {
        if (value == Operation._UNKNOWN) {
          throw new IllegalArgumentException("cannot write the unknown enum constant");
        }
        writeShort(0, (short) value.ordinal(), (short) 0);
        return this;
      }

      public Left.Builder getLeft() {
        return getLeft(new Left.Builder());
      }

      public Left.Builder getLeft(Left.Builder reuse) {
        reuse.wrap(this);
        return reuse;
      }

      public Left.Builder initLeft() {
        writeShort(2, (short) 0, (short) 0);
        writeInt(4, 0, 0);
        writeNullPointer(0);
        return getLeft(new Left.Builder());
      }

      public Right.Builder getRight() {
        return getRight(new Right.Builder());
      }

      public Right.Builder getRight(Right.Builder reuse) {
        reuse.wrap(this);
        return reuse;
      }

      public Right.Builder initRight() {
        writeShort(12, (short) 0, (short) 0);
        writeInt(8, 0, 0);
        writeNullPointer(1);
        return getRight(new Right.Builder());
      }

      /**
       * A reader over what this builder has written (zero-copy).
       */
      public Reader asReader() {
        return asReader(new Reader());
      }

      /**
       * What this builder has written, as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        return asReader().toString();
      }
    }

    /**
     * Group {@code left}.
     */
    public static final class Left {
      private Left() {
      }

      /**
       * The members of the union, by discriminant; {@code _UNKNOWN} for a member a newer schema added.
       */
      public enum Which {
        VALUE,

        EXPRESSION,

        _UNKNOWN;

        private static final Which[] _VALUES = {VALUE, EXPRESSION};

        static Which of(int discriminant) {
          return discriminant < _VALUES.length ? _VALUES[discriminant] : _UNKNOWN;
        }
      }

      /**
       * Generator-owned metadata of this group.
       */
      public static final class _Meta {
        /**
         * The schema's 64-bit id of this node.
         */
        public static final long TYPE_ID = 0x8266c533d8228eecL;

        private _Meta() {
        }
      }

      /**
       * Reads a {@code left} in place; re-pointable, allocation-free.
       */
      public static final class Reader extends StructReader {
        /**
         * An unpointed reader (the empty struct until pointed somewhere).
         */
        public Reader() {
        }

        /**
         * Which member of the union is set.
         */
        public Which which() {
          return Which.of(readShort(2, (short) 0) & 0xFFFF);
        }

        /**
         * Whether {@code value} is the member of the union that is set.
         */
        public boolean isValue() {
          return which() == Which.VALUE;
        }

        public int getValue() {
          return readInt(4, 0);
        }

        /**
         * Whether {@code expression} is the member of the union that is set.
         */
        public boolean isExpression() {
          return which() == Which.EXPRESSION;
        }

        public boolean hasExpression() {
          return readHasPointer(0);
        }

        public Expression.Reader getExpression() {
          return readStruct(0, new Expression.Reader(), null);
        }

        public Expression.Reader getExpression(Expression.Reader reuse) {
          return readStruct(0, reuse, null);
        }

        /**
         * Prints this struct in the Cap'n Proto text format to {@code p}.
         */
        public void printTo(TextPrinter p) {
          p.beginStruct();
          int which = readShort(2, (short) 0) & 0xFFFF;
          if (which == 0) {
            p.field("value");
            p.valueInt(getValue());
          }
          if (which == 1) {
            p.field("expression");
            getExpression().printTo(p);
          }
          p.end();
        }

        /**
         * This struct as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toShortString();
        }

        /**
         * This struct as {@code capnp decode} prints it (without the final newline).
         */
        public String toPrettyString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toPrettyString();
        }
      }

      /**
       * Writes a {@code left} in place.
       */
      public static final class Builder extends StructBuilder {
        /**
         * An unpointed view; the enclosing struct's {@code get}/{@code init} of the group points it.
         */
        public Builder() {
        }

        /**
         * Which member of the union is set.
         */
        public Which which() {
          return Which.of(readShort(2, (short) 0) & 0xFFFF);
        }

        /**
         * Whether {@code value} is the member of the union that is set.
         */
        public boolean isValue() {
          return which() == Which.VALUE;
        }

        public int getValue() {
          return readInt(4, 0);
        }

        public Builder setValue(int value) {
          writeShort(2, (short) 0, (short) 0);
          writeInt(4, value, 0);
          return this;
        }

        /**
         * Whether {@code expression} is the member of the union that is set.
         */
        public boolean isExpression() {
          return which() == Which.EXPRESSION;
        }

        public boolean hasExpression() {
          return readHasPointer(0);
        }

        public Expression.Builder getExpression() {
          return openStruct(0, new Expression.Builder(), null);
        }

        public Expression.Builder getExpression(Expression.Builder reuse) {
          return openStruct(0, reuse, null);
        }

        public Expression.Builder initExpression() {
          writeShort(2, (short) 1, (short) 0);
          return newStruct(0, new Expression.Builder());
        }

        public Expression.Builder initExpression(Expression.Builder reuse) {
          writeShort(2, (short) 1, (short) 0);
          return newStruct(0, reuse);
        }

        public Builder setExpression(Expression.Reader value) {
          writeShort(2, (short) 1, (short) 0);
          copyStruct(0, value);
          return this;
        }

        /**
         * A reader over what this builder has written (zero-copy).
         */
        public Reader asReader() {
          return asReader(new Reader());
        }

        /**
         * What this builder has written, as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          return asReader().toString();
        }
      }
    }

    /**
     * Group {@code right}.
     */
    public static final class Right {
      private Right() {
      }

      /**
       * The members of the union, by discriminant; {@code _UNKNOWN} for a member a newer schema added.
       */
      public enum Which {
        VALUE,

        EXPRESSION,

        _UNKNOWN;

        private static final Which[] _VALUES = {VALUE, EXPRESSION};

        static Which of(int discriminant) {
          return discriminant < _VALUES.length ? _VALUES[discriminant] : _UNKNOWN;
        }
      }

      /**
       * Generator-owned metadata of this group.
       */
      public static final class _Meta {
        /**
         * The schema's 64-bit id of this node.
         */
        public static final long TYPE_ID = 0xec7567165b87166dL;

        private _Meta() {
        }
      }

      /**
       * Reads a {@code right} in place; re-pointable, allocation-free.
       */
      public static final class Reader extends StructReader {
        /**
         * An unpointed reader (the empty struct until pointed somewhere).
         */
        public Reader() {
        }

        /**
         * Which member of the union is set.
         */
        public Which which() {
          return Which.of(readShort(12, (short) 0) & 0xFFFF);
        }

        /**
         * Whether {@code value} is the member of the union that is set.
         */
        public boolean isValue() {
          return which() == Which.VALUE;
        }

        public int getValue() {
          return readInt(8, 0);
        }

        /**
         * Whether {@code expression} is the member of the union that is set.
         */
        public boolean isExpression() {
          return which() == Which.EXPRESSION;
        }

        public boolean hasExpression() {
          return readHasPointer(1);
        }

        public Expression.Reader getExpression() {
          return readStruct(1, new Expression.Reader(), null);
        }

        public Expression.Reader getExpression(Expression.Reader reuse) {
          return readStruct(1, reuse, null);
        }

        /**
         * Prints this struct in the Cap'n Proto text format to {@code p}.
         */
        public void printTo(TextPrinter p) {
          p.beginStruct();
          int which = readShort(12, (short) 0) & 0xFFFF;
          if (which == 0) {
            p.field("value");
            p.valueInt(getValue());
          }
          if (which == 1) {
            p.field("expression");
            getExpression().printTo(p);
          }
          p.end();
        }

        /**
         * This struct as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toShortString();
        }

        /**
         * This struct as {@code capnp decode} prints it (without the final newline).
         */
        public String toPrettyString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toPrettyString();
        }
      }

      /**
       * Writes a {@code right} in place.
       */
      public static final class Builder extends StructBuilder {
        /**
         * An unpointed view; the enclosing struct's {@code get}/{@code init} of the group points it.
         */
        public Builder() {
        }

        /**
         * Which member of the union is set.
         */
        public Which which() {
          return Which.of(readShort(12, (short) 0) & 0xFFFF);
        }

        /**
         * Whether {@code value} is the member of the union that is set.
         */
        public boolean isValue() {
          return which() == Which.VALUE;
        }

        public int getValue() {
          return readInt(8, 0);
        }

        public Builder setValue(int value) {
          writeShort(12, (short) 0, (short) 0);
          writeInt(8, value, 0);
          return this;
        }

        /**
         * Whether {@code expression} is the member of the union that is set.
         */
        public boolean isExpression() {
          return which() == Which.EXPRESSION;
        }

        public boolean hasExpression() {
          return readHasPointer(1);
        }

        public Expression.Builder getExpression() {
          return openStruct(1, new Expression.Builder(), null);
        }

        public Expression.Builder getExpression(Expression.Builder reuse) {
          return openStruct(1, reuse, null);
        }

        public Expression.Builder initExpression() {
          writeShort(12, (short) 1, (short) 0);
          return newStruct(1, new Expression.Builder());
        }

        public Expression.Builder initExpression(Expression.Builder reuse) {
          writeShort(12, (short) 1, (short) 0);
          return newStruct(1, reuse);
        }

        public Builder setExpression(Expression.Reader value) {
          writeShort(12, (short) 1, (short) 0);
          copyStruct(1, value);
          return this;
        }

        /**
         * A reader over what this builder has written (zero-copy).
         */
        public Reader asReader() {
          return asReader(new Reader());
        }

        /**
         * What this builder has written, as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          return asReader().toString();
        }
      }
    }
  }

  /**
   * Struct {@code EvaluationResult}.
   */
  public static final class EvaluationResult {
    private EvaluationResult() {
    }

    /**
     * Generator-owned metadata of this struct.
     */
    public static final class _Meta {
      /**
       * The schema's 64-bit id of this node.
       */
      public static final long TYPE_ID = 0xa349c302d856d199L;

      /**
       * Data words and pointers of this struct.
       */
      public static final StructSize SIZE = new StructSize(1, 0);

      private _Meta() {
      }
    }

    /**
     * Reads a {@code EvaluationResult} in place; re-pointable, allocation-free.
     */
    public static final class Reader extends StructReader {
      /**
       * An unpointed reader (the empty struct until pointed somewhere).
       */
      public Reader() {
      }

      public int getValue() {
        return readInt(0, 0);
      }

      /**
       * Prints this struct in the Cap'n Proto text format to {@code p}.
       */
      public void printTo(TextPrinter p) {
        p.beginStruct();
        p.field("value");
        p.valueInt(getValue());
        p.end();
      }

      /**
       * This struct as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toShortString();
      }

      /**
       * This struct as {@code capnp decode} prints it (without the final newline).
       */
      public String toPrettyString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toPrettyString();
      }

      /**
       * Value equality: equal canonical forms.
       */
      @Override
      public boolean equals(Object other) {
        return other instanceof Reader && Generated.equal(this, (Reader) other);
      }

      /**
       * A hash of the canonical form, consistent with {@link #equals}.
       */
      @Override
      public int hashCode() {
        return Generated.hash(this);
      }
    }

    /**
     * Writes a {@code EvaluationResult} in place.
     */
    public static final class Builder extends StructBuilder {
      /**
       * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
       */
      public Builder() {
        super(_Meta.SIZE);
      }

      public int getValue() {
        return readInt(0, 0);
      }

      public Builder setValue(int value) {
        writeInt(0, value, 0);
        return this;
      }

      /**
       * A reader over what this builder has written (zero-copy).
       */
      public Reader asReader() {
        return asReader(new Reader());
      }

      /**
       * What this builder has written, as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        return asReader().toString();
      }
    }
  }
}
