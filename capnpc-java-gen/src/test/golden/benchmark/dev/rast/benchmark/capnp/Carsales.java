// Generated from capnp/benchmark/carsales.capnp by rast-java 0.1.0 (capnpc-java-rast). Do not edit.
package dev.rast.benchmark.capnp;

import dev.rast.capnp.CapnpEnum;
import dev.rast.capnp.ElementSize;
import dev.rast.capnp.Generated;
import dev.rast.capnp.ListReader;
import dev.rast.capnp.StructBuilder;
import dev.rast.capnp.StructListBuilder;
import dev.rast.capnp.StructListReader;
import dev.rast.capnp.StructReader;
import dev.rast.capnp.StructSize;
import dev.rast.capnp.TextBuilder;
import dev.rast.capnp.TextReader;
import dev.rast.capnp.text.TextPrinter;

/**
 * Types of {@code capnp/benchmark/carsales.capnp}.
 */
public final class Carsales {
  static {
    Generated.checkAbi(2);
  }

  private Carsales() {
  }

  /**
   * Struct {@code ParkingLot}.
   */
  public static final class ParkingLot {
    private ParkingLot() {
    }

    /**
     * Generator-owned metadata of this struct.
     */
    public static final class _Meta {
      /**
       * The schema's 64-bit id of this node.
       */
      public static final long TYPE_ID = 0xf4c6b753280d6022L;

      /**
       * Data words and pointers of this struct.
       */
      public static final StructSize SIZE = new StructSize(0, 1);

      private _Meta() {
      }
    }

    /**
     * Reads a {@code ParkingLot} in place; re-pointable, allocation-free.
     */
    public static final class Reader extends StructReader {
      /**
       * An unpointed reader (the empty struct until pointed somewhere).
       */
      public Reader() {
      }

      public boolean hasCars() {
        return readHasPointer(0);
      }

      public StructListReader<Car.Reader> getCars() {
        return readList(0, ElementSize.INLINE_COMPOSITE, new StructListReader<>(Car.Reader::new), null);
      }

      public StructListReader<Car.Reader> getCars(StructListReader<Car.Reader> reuse) {
        return readList(0, ElementSize.INLINE_COMPOSITE, reuse, null);
      }

      /**
       * Prints this struct in the Cap'n Proto text format to {@code p}.
       */
      public void printTo(TextPrinter p) {
        p.beginStruct();
        if (hasCars()) {
          p.field("cars");
          StructListReader<Car.Reader> l0 = getCars();
          p.beginList();
          for (int i0 = 0; i0 < l0.size(); i0++) {
            l0.get(i0).printTo(p);
          }
          p.end();
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
     * Writes a {@code ParkingLot} in place.
     */
    public static final class Builder extends StructBuilder {
      /**
       * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
       */
      public Builder() {
        super(_Meta.SIZE);
      }

      public boolean hasCars() {
        return readHasPointer(0);
      }

      public StructListBuilder<Car.Builder> getCars() {
        return openStructList(0, new StructListBuilder<>(Car.Builder::new), null);
      }

      public StructListBuilder<Car.Builder> getCars(StructListBuilder<Car.Builder> reuse) {
        return openStructList(0, reuse, null);
      }

      public StructListBuilder<Car.Builder> initCars(int size) {
        return newStructList(0, size, new StructListBuilder<>(Car.Builder::new));
      }

      public StructListBuilder<Car.Builder> initCars(int size,
          StructListBuilder<Car.Builder> reuse) {
        return newStructList(0, size, reuse);
      }

      public Builder setCars(ListReader value) {
        copyList(0, value);
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
   * Struct {@code TotalValue}.
   */
  public static final class TotalValue {
    private TotalValue() {
    }

    /**
     * Generator-owned metadata of this struct.
     */
    public static final class _Meta {
      /**
       * The schema's 64-bit id of this node.
       */
      public static final long TYPE_ID = 0xc1e8687b69be8e0bL;

      /**
       * Data words and pointers of this struct.
       */
      public static final StructSize SIZE = new StructSize(1, 0);

      private _Meta() {
      }
    }

    /**
     * Reads a {@code TotalValue} in place; re-pointable, allocation-free.
     */
    public static final class Reader extends StructReader {
      /**
       * An unpointed reader (the empty struct until pointed somewhere).
       */
      public Reader() {
      }

      public long getAmount() {
        return readLong(0, 0L);
      }

      /**
       * Prints this struct in the Cap'n Proto text format to {@code p}.
       */
      public void printTo(TextPrinter p) {
        p.beginStruct();
        p.field("amount");
        p.valueUInt64(getAmount());
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
     * Writes a {@code TotalValue} in place.
     */
    public static final class Builder extends StructBuilder {
      /**
       * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
       */
      public Builder() {
        super(_Meta.SIZE);
      }

      public long getAmount() {
        return readLong(0, 0L);
      }

      public Builder setAmount(long value) {
        writeLong(0, value, 0L);
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
   * Struct {@code Car}.
   */
  public static final class Car {
    private Car() {
    }

    /**
     * Generator-owned metadata of this struct.
     */
    public static final class _Meta {
      /**
       * The schema's 64-bit id of this node.
       */
      public static final long TYPE_ID = 0x9999b0462413e9ddL;

      /**
       * Data words and pointers of this struct.
       */
      public static final StructSize SIZE = new StructSize(3, 4);

      private _Meta() {
      }
    }

    /**
     * Reads a {@code Car} in place; re-pointable, allocation-free.
     */
    public static final class Reader extends StructReader {
      /**
       * An unpointed reader (the empty struct until pointed somewhere).
       */
      public Reader() {
      }

      public boolean hasMake() {
        return readHasPointer(0);
      }

      public String getMake() {
        return readText(0, new TextReader(), null).toString();
      }

      public TextReader getMake(TextReader reuse) {
        return readText(0, reuse, null);
      }

      public boolean hasModel() {
        return readHasPointer(1);
      }

      public String getModel() {
        return readText(1, new TextReader(), null).toString();
      }

      public TextReader getModel(TextReader reuse) {
        return readText(1, reuse, null);
      }

      public Color getColor() {
        return Color.fromValue(readShort(0, (short) 0) & 0xFFFF);
      }

      public byte getSeats() {
        return readByte(2, (byte) 0);
      }

      public byte getDoors() {
        return readByte(3, (byte) 0);
      }

      public boolean hasWheels() {
        return readHasPointer(2);
      }

      public StructListReader<Wheel.Reader> getWheels() {
        return readList(2, ElementSize.INLINE_COMPOSITE, new StructListReader<>(Wheel.Reader::new), null);
      }

      public StructListReader<Wheel.Reader> getWheels(StructListReader<Wheel.Reader> reuse) {
        return readList(2, ElementSize.INLINE_COMPOSITE, reuse, null);
      }

      public short getLength() {
        return readShort(4, (short) 0);
      }

      public short getWidth() {
        return readShort(6, (short) 0);
      }

      public short getHeight() {
        return readShort(8, (short) 0);
      }

      public int getWeight() {
        return readInt(12, 0);
      }

      public boolean hasEngine() {
        return readHasPointer(3);
      }

      public Engine.Reader getEngine() {
        return readStruct(3, new Engine.Reader(), null);
      }

      public Engine.Reader getEngine(Engine.Reader reuse) {
        return readStruct(3, reuse, null);
      }

      public float getFuelCapacity() {
        return readFloat(16, 0x0);
      }

      public float getFuelLevel() {
        return readFloat(20, 0x0);
      }

      public boolean getHasPowerWindows() {
        return readBool(80, false);
      }

      public boolean getHasPowerSteering() {
        return readBool(81, false);
      }

      public boolean getHasCruiseControl() {
        return readBool(82, false);
      }

      public byte getCupHolders() {
        return readByte(11, (byte) 0);
      }

      public boolean getHasNavSystem() {
        return readBool(83, false);
      }

      /**
       * Prints this struct in the Cap'n Proto text format to {@code p}.
       */
      public void printTo(TextPrinter p) {
        p.beginStruct();
        if (hasMake()) {
          p.field("make");
          TextReader t = getMake(new TextReader());
          p.valueText(t.buffer(), t.offset(), t.size());
        }
        if (hasModel()) {
          p.field("model");
          TextReader t = getModel(new TextReader());
          p.valueText(t.buffer(), t.offset(), t.size());
        }
        p.field("color");
        Generated.printEnum(p, getColor(), readShort(0, (short) 0) & 0xFFFF);
        p.field("seats");
        p.valueInt(getSeats() & 0xFF);
        p.field("doors");
        p.valueInt(getDoors() & 0xFF);
        if (hasWheels()) {
          p.field("wheels");
          StructListReader<Wheel.Reader> l0 = getWheels();
          p.beginList();
          for (int i0 = 0; i0 < l0.size(); i0++) {
            l0.get(i0).printTo(p);
          }
          p.end();
        }
        p.field("length");
        p.valueInt(getLength() & 0xFFFF);
        p.field("width");
        p.valueInt(getWidth() & 0xFFFF);
        p.field("height");
        p.valueInt(getHeight() & 0xFFFF);
        p.field("weight");
        p.valueInt(Integer.toUnsignedLong(getWeight()));
        if (hasEngine()) {
          p.field("engine");
          getEngine().printTo(p);
        }
        p.field("fuelCapacity");
        p.valueFloat32(getFuelCapacity());
        p.field("fuelLevel");
        p.valueFloat32(getFuelLevel());
        p.field("hasPowerWindows");
        p.valueBool(getHasPowerWindows());
        p.field("hasPowerSteering");
        p.valueBool(getHasPowerSteering());
        p.field("hasCruiseControl");
        p.valueBool(getHasCruiseControl());
        p.field("cupHolders");
        p.valueInt(getCupHolders() & 0xFF);
        p.field("hasNavSystem");
        p.valueBool(getHasNavSystem());
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
     * Writes a {@code Car} in place.
     */
    public static final class Builder extends StructBuilder {
      /**
       * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
       */
      public Builder() {
        super(_Meta.SIZE);
      }

      public boolean hasMake() {
        return readHasPointer(0);
      }

      public String getMake() {
        return openText(0, new TextBuilder(), null).toString();
      }

      public TextBuilder getMake(TextBuilder reuse) {
        return openText(0, reuse, null);
      }

      public Builder setMake(CharSequence value) {
        writeText(0, value);
        return this;
      }

      public Builder setMake(TextReader value) {
        copyText(0, value);
        return this;
      }

      public TextBuilder initMake(int bytes) {
        return newText(0, bytes, new TextBuilder());
      }

      public boolean hasModel() {
        return readHasPointer(1);
      }

      public String getModel() {
        return openText(1, new TextBuilder(), null).toString();
      }

      public TextBuilder getModel(TextBuilder reuse) {
        return openText(1, reuse, null);
      }

      public Builder setModel(CharSequence value) {
        writeText(1, value);
        return this;
      }

      public Builder setModel(TextReader value) {
        copyText(1, value);
        return this;
      }

      public TextBuilder initModel(int bytes) {
        return newText(1, bytes, new TextBuilder());
      }

      public Color getColor() {
        return Color.fromValue(readShort(0, (short) 0) & 0xFFFF);
      }

      public Builder setColor(Color value) {
        if (value == Color._UNKNOWN) {
          throw new IllegalArgumentException("cannot write the unknown enum constant");
        }
        writeShort(0, (short) value.ordinal(), (short) 0);
        return this;
      }

      public byte getSeats() {
        return readByte(2, (byte) 0);
      }

      public Builder setSeats(byte value) {
        writeByte(2, value, (byte) 0);
        return this;
      }

      public byte getDoors() {
        return readByte(3, (byte) 0);
      }

      public Builder setDoors(byte value) {
        writeByte(3, value, (byte) 0);
        return this;
      }

      public boolean hasWheels() {
        return readHasPointer(2);
      }

      public StructListBuilder<Wheel.Builder> getWheels() {
        return openStructList(2, new StructListBuilder<>(Wheel.Builder::new), null);
      }

      public StructListBuilder<Wheel.Builder> getWheels(StructListBuilder<Wheel.Builder> reuse) {
        return openStructList(2, reuse, null);
      }

      public StructListBuilder<Wheel.Builder> initWheels(int size) {
        return newStructList(2, size, new StructListBuilder<>(Wheel.Builder::new));
      }

      public StructListBuilder<Wheel.Builder> initWheels(int size,
          StructListBuilder<Wheel.Builder> reuse) {
        return newStructList(2, size, reuse);
      }

      public Builder setWheels(ListReader value) {
        copyList(2, value);
        return this;
      }

      public short getLength() {
        return readShort(4, (short) 0);
      }

      public Builder setLength(short value) {
        writeShort(4, value, (short) 0);
        return this;
      }

      public short getWidth() {
        return readShort(6, (short) 0);
      }

      public Builder setWidth(short value) {
        writeShort(6, value, (short) 0);
        return this;
      }

      public short getHeight() {
        return readShort(8, (short) 0);
      }

      public Builder setHeight(short value) {
        writeShort(8, value, (short) 0);
        return this;
      }

      public int getWeight() {
        return readInt(12, 0);
      }

      public Builder setWeight(int value) {
        writeInt(12, value, 0);
        return this;
      }

      public boolean hasEngine() {
        return readHasPointer(3);
      }

      public Engine.Builder getEngine() {
        return openStruct(3, new Engine.Builder(), null);
      }

      public Engine.Builder getEngine(Engine.Builder reuse) {
        return openStruct(3, reuse, null);
      }

      public Engine.Builder initEngine() {
        return newStruct(3, new Engine.Builder());
      }

      public Engine.Builder initEngine(Engine.Builder reuse) {
        return newStruct(3, reuse);
      }

      public Builder setEngine(Engine.Reader value) {
        copyStruct(3, value);
        return this;
      }

      public float getFuelCapacity() {
        return readFloat(16, 0x0);
      }

      public Builder setFuelCapacity(float value) {
        writeFloat(16, value, 0x0);
        return this;
      }

      public float getFuelLevel() {
        return readFloat(20, 0x0);
      }

      public Builder setFuelLevel(float value) {
        writeFloat(20, value, 0x0);
        return this;
      }

      public boolean getHasPowerWindows() {
        return readBool(80, false);
      }

      public Builder setHasPowerWindows(boolean value) {
        writeBool(80, value, false);
        return this;
      }

      public boolean getHasPowerSteering() {
        return readBool(81, false);
      }

      public Builder setHasPowerSteering(boolean value) {
        writeBool(81, value, false);
        return this;
      }

      public boolean getHasCruiseControl() {
        return readBool(82, false);
      }

      public Builder setHasCruiseControl(boolean value) {
        writeBool(82, value, false);
        return this;
      }

      public byte getCupHolders() {
        return readByte(11, (byte) 0);
      }

      public Builder setCupHolders(byte value) {
        writeByte(11, value, (byte) 0);
        return this;
      }

      public boolean getHasNavSystem() {
        return readBool(83, false);
      }

      public Builder setHasNavSystem(boolean value) {
        writeBool(83, value, false);
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
   * Enum {@code capnp/benchmark/carsales.capnp:Color}.
   */
  public enum Color implements CapnpEnum {
    BLACK("black"),

    WHITE("white"),

    RED("red"),

    GREEN("green"),

    BLUE("blue"),

    CYAN("cyan"),

    MAGENTA("magenta"),

    YELLOW("yellow"),

    SILVER("silver"),

    /**
     * A value this schema does not know (written by a newer one).
     */
    _UNKNOWN((String) null);

    /**
     * The schema's 64-bit id of this enum.
     */
    public static final long _TYPE_ID = 0xc99bce43eaa3adbdL;

    private static final Color[] _VALUES = {BLACK, WHITE, RED, GREEN, BLUE, CYAN, MAGENTA, YELLOW, SILVER};

    private final String schemaName;

    Color(String schemaName) {
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
    public static Color fromValue(int value) {
      return value >= 0 && value < _VALUES.length ? _VALUES[value] : _UNKNOWN;
    }
  }

  /**
   * Struct {@code Wheel}.
   */
  public static final class Wheel {
    private Wheel() {
    }

    /**
     * Generator-owned metadata of this struct.
     */
    public static final class _Meta {
      /**
       * The schema's 64-bit id of this node.
       */
      public static final long TYPE_ID = 0xd7323be6aaee753cL;

      /**
       * Data words and pointers of this struct.
       */
      public static final StructSize SIZE = new StructSize(1, 0);

      private _Meta() {
      }
    }

    /**
     * Reads a {@code Wheel} in place; re-pointable, allocation-free.
     */
    public static final class Reader extends StructReader {
      /**
       * An unpointed reader (the empty struct until pointed somewhere).
       */
      public Reader() {
      }

      public short getDiameter() {
        return readShort(0, (short) 0);
      }

      public float getAirPressure() {
        return readFloat(4, 0x0);
      }

      public boolean getSnowTires() {
        return readBool(16, false);
      }

      /**
       * Prints this struct in the Cap'n Proto text format to {@code p}.
       */
      public void printTo(TextPrinter p) {
        p.beginStruct();
        p.field("diameter");
        p.valueInt(getDiameter() & 0xFFFF);
        p.field("airPressure");
        p.valueFloat32(getAirPressure());
        p.field("snowTires");
        p.valueBool(getSnowTires());
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
     * Writes a {@code Wheel} in place.
     */
    public static final class Builder extends StructBuilder {
      /**
       * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
       */
      public Builder() {
        super(_Meta.SIZE);
      }

      public short getDiameter() {
        return readShort(0, (short) 0);
      }

      public Builder setDiameter(short value) {
        writeShort(0, value, (short) 0);
        return this;
      }

      public float getAirPressure() {
        return readFloat(4, 0x0);
      }

      public Builder setAirPressure(float value) {
        writeFloat(4, value, 0x0);
        return this;
      }

      public boolean getSnowTires() {
        return readBool(16, false);
      }

      public Builder setSnowTires(boolean value) {
        writeBool(16, value, false);
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
   * Struct {@code Engine}.
   */
  public static final class Engine {
    private Engine() {
    }

    /**
     * Generator-owned metadata of this struct.
     */
    public static final class _Meta {
      /**
       * The schema's 64-bit id of this node.
       */
      public static final long TYPE_ID = 0x804f5476deaef525L;

      /**
       * Data words and pointers of this struct.
       */
      public static final StructSize SIZE = new StructSize(1, 0);

      private _Meta() {
      }
    }

    /**
     * Reads a {@code Engine} in place; re-pointable, allocation-free.
     */
    public static final class Reader extends StructReader {
      /**
       * An unpointed reader (the empty struct until pointed somewhere).
       */
      public Reader() {
      }

      public short getHorsepower() {
        return readShort(0, (short) 0);
      }

      public byte getCylinders() {
        return readByte(2, (byte) 0);
      }

      public int getCc() {
        return readInt(4, 0);
      }

      public boolean getUsesGas() {
        return readBool(24, false);
      }

      public boolean getUsesElectric() {
        return readBool(25, false);
      }

      /**
       * Prints this struct in the Cap'n Proto text format to {@code p}.
       */
      public void printTo(TextPrinter p) {
        p.beginStruct();
        p.field("horsepower");
        p.valueInt(getHorsepower() & 0xFFFF);
        p.field("cylinders");
        p.valueInt(getCylinders() & 0xFF);
        p.field("cc");
        p.valueInt(Integer.toUnsignedLong(getCc()));
        p.field("usesGas");
        p.valueBool(getUsesGas());
        p.field("usesElectric");
        p.valueBool(getUsesElectric());
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
     * Writes a {@code Engine} in place.
     */
    public static final class Builder extends StructBuilder {
      /**
       * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
       */
      public Builder() {
        super(_Meta.SIZE);
      }

      public short getHorsepower() {
        return readShort(0, (short) 0);
      }

      public Builder setHorsepower(short value) {
        writeShort(0, value, (short) 0);
        return this;
      }

      public byte getCylinders() {
        return readByte(2, (byte) 0);
      }

      public Builder setCylinders(byte value) {
        writeByte(2, value, (byte) 0);
        return this;
      }

      public int getCc() {
        return readInt(4, 0);
      }

      public Builder setCc(int value) {
        writeInt(4, value, 0);
        return this;
      }

      public boolean getUsesGas() {
        return readBool(24, false);
      }

      public Builder setUsesGas(boolean value) {
        writeBool(24, value, false);
        return this;
      }

      public boolean getUsesElectric() {
        return readBool(25, false);
      }

      public Builder setUsesElectric(boolean value) {
        writeBool(25, value, false);
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
