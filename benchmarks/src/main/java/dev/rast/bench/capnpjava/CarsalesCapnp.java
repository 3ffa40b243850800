package dev.rast.bench.capnpjava;

import org.capnproto.SegmentBuilder;
import org.capnproto.SegmentReader;
import org.capnproto.StructBuilder;
import org.capnproto.StructFactory;
import org.capnproto.StructList;
import org.capnproto.StructReader;
import org.capnproto.StructSize;
import org.capnproto.Text;

/**
 * {@code carsales.capnp} for capnproto-java, in the shape its generator emits (one nested class per
 * struct with {@code Factory}, {@code Reader} and {@code Builder}; enums with
 * {@code _NOT_IN_SCHEMA}), written against its public runtime API. Offsets are the schema's layout
 * as {@code capnp compile -ocapnp} prints it.
 */
public final class CarsalesCapnp {
  private CarsalesCapnp() {}

  /** {@code struct ParkingLot}: {@code cars :List(Car)}. */
  public static final class ParkingLot {
    public static final StructSize STRUCT_SIZE = new StructSize((short) 0, (short) 1);
    public static final Factory factory = new Factory();
    public static final StructList.Factory<Builder, Reader> listFactory =
        new StructList.Factory<>(factory);

    private ParkingLot() {}

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

      public boolean hasCars() {
        return !_pointerFieldIsNull(0);
      }

      public final StructList.Reader<Car.Reader> getCars() {
        return _getPointerField(Car.listFactory, 0, null, 0);
      }
    }

    public static final class Builder extends StructBuilder {
      Builder(SegmentBuilder segment, int data, int pointers, int dataSize, short pointerCount) {
        super(segment, data, pointers, dataSize, pointerCount);
      }

      public Reader asReader() {
        return new Reader(segment, data, pointers, dataSize, pointerCount, Integer.MAX_VALUE);
      }

      public boolean hasCars() {
        return !_pointerFieldIsNull(0);
      }

      public final StructList.Builder<Car.Builder> getCars() {
        return _getPointerField(Car.listFactory, 0, null, 0);
      }

      public final void setCars(StructList.Reader<Car.Reader> value) {
        _setPointerField(Car.listFactory, 0, value);
      }

      public final StructList.Builder<Car.Builder> initCars(int size) {
        return _initPointerField(Car.listFactory, 0, size);
      }
    }
  }

  /** {@code struct TotalValue}: {@code amount :UInt64}. */
  public static final class TotalValue {
    public static final StructSize STRUCT_SIZE = new StructSize((short) 1, (short) 0);
    public static final Factory factory = new Factory();
    public static final StructList.Factory<Builder, Reader> listFactory =
        new StructList.Factory<>(factory);

    private TotalValue() {}

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

      public final long getAmount() {
        return _getLongField(0);
      }
    }

    public static final class Builder extends StructBuilder {
      Builder(SegmentBuilder segment, int data, int pointers, int dataSize, short pointerCount) {
        super(segment, data, pointers, dataSize, pointerCount);
      }

      public Reader asReader() {
        return new Reader(segment, data, pointers, dataSize, pointerCount, Integer.MAX_VALUE);
      }

      public final long getAmount() {
        return _getLongField(0);
      }

      public final void setAmount(long value) {
        _setLongField(0, value);
      }
    }
  }

  /** {@code struct Car}: 3 data words, 4 pointers. */
  public static final class Car {
    public static final StructSize STRUCT_SIZE = new StructSize((short) 3, (short) 4);
    public static final Factory factory = new Factory();
    public static final StructList.Factory<Builder, Reader> listFactory =
        new StructList.Factory<>(factory);

    private Car() {}

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

      public boolean hasMake() {
        return !_pointerFieldIsNull(0);
      }

      public Text.Reader getMake() {
        return _getPointerField(Text.factory, 0, null, 0, 0);
      }

      public boolean hasModel() {
        return !_pointerFieldIsNull(1);
      }

      public Text.Reader getModel() {
        return _getPointerField(Text.factory, 1, null, 0, 0);
      }

      public final Color getColor() {
        switch (_getShortField(0)) {
          case 0:
            return Color.BLACK;
          case 1:
            return Color.WHITE;
          case 2:
            return Color.RED;
          case 3:
            return Color.GREEN;
          case 4:
            return Color.BLUE;
          case 5:
            return Color.CYAN;
          case 6:
            return Color.MAGENTA;
          case 7:
            return Color.YELLOW;
          case 8:
            return Color.SILVER;
          default:
            return Color._NOT_IN_SCHEMA;
        }
      }

      public final byte getSeats() {
        return _getByteField(2);
      }

      public final byte getDoors() {
        return _getByteField(3);
      }

      public boolean hasWheels() {
        return !_pointerFieldIsNull(2);
      }

      public final StructList.Reader<Wheel.Reader> getWheels() {
        return _getPointerField(Wheel.listFactory, 2, null, 0);
      }

      public final short getLength() {
        return _getShortField(2);
      }

      public final short getWidth() {
        return _getShortField(3);
      }

      public final short getHeight() {
        return _getShortField(4);
      }

      public final int getWeight() {
        return _getIntField(3);
      }

      public boolean hasEngine() {
        return !_pointerFieldIsNull(3);
      }

      public Engine.Reader getEngine() {
        return _getPointerField(Engine.factory, 3, null, 0);
      }

      public final float getFuelCapacity() {
        return _getFloatField(4);
      }

      public final float getFuelLevel() {
        return _getFloatField(5);
      }

      public final boolean getHasPowerWindows() {
        return _getBooleanField(80);
      }

      public final boolean getHasPowerSteering() {
        return _getBooleanField(81);
      }

      public final boolean getHasCruiseControl() {
        return _getBooleanField(82);
      }

      public final byte getCupHolders() {
        return _getByteField(11);
      }

      public final boolean getHasNavSystem() {
        return _getBooleanField(83);
      }
    }

    public static final class Builder extends StructBuilder {
      Builder(SegmentBuilder segment, int data, int pointers, int dataSize, short pointerCount) {
        super(segment, data, pointers, dataSize, pointerCount);
      }

      public Reader asReader() {
        return new Reader(segment, data, pointers, dataSize, pointerCount, Integer.MAX_VALUE);
      }

      public boolean hasMake() {
        return !_pointerFieldIsNull(0);
      }

      public final Text.Builder getMake() {
        return _getPointerField(Text.factory, 0, null, 0, 0);
      }

      public final void setMake(Text.Reader value) {
        _setPointerField(Text.factory, 0, value);
      }

      public final void setMake(String value) {
        _setPointerField(Text.factory, 0, new Text.Reader(value));
      }

      public final Text.Builder initMake(int size) {
        return _initPointerField(Text.factory, 0, size);
      }

      public boolean hasModel() {
        return !_pointerFieldIsNull(1);
      }

      public final Text.Builder getModel() {
        return _getPointerField(Text.factory, 1, null, 0, 0);
      }

      public final void setModel(Text.Reader value) {
        _setPointerField(Text.factory, 1, value);
      }

      public final void setModel(String value) {
        _setPointerField(Text.factory, 1, new Text.Reader(value));
      }

      public final Text.Builder initModel(int size) {
        return _initPointerField(Text.factory, 1, size);
      }

      public final Color getColor() {
        switch (_getShortField(0)) {
          case 0:
            return Color.BLACK;
          case 1:
            return Color.WHITE;
          case 2:
            return Color.RED;
          case 3:
            return Color.GREEN;
          case 4:
            return Color.BLUE;
          case 5:
            return Color.CYAN;
          case 6:
            return Color.MAGENTA;
          case 7:
            return Color.YELLOW;
          case 8:
            return Color.SILVER;
          default:
            return Color._NOT_IN_SCHEMA;
        }
      }

      public final void setColor(Color value) {
        _setShortField(0, (short) value.ordinal());
      }

      public final byte getSeats() {
        return _getByteField(2);
      }

      public final void setSeats(byte value) {
        _setByteField(2, value);
      }

      public final byte getDoors() {
        return _getByteField(3);
      }

      public final void setDoors(byte value) {
        _setByteField(3, value);
      }

      public boolean hasWheels() {
        return !_pointerFieldIsNull(2);
      }

      public final StructList.Builder<Wheel.Builder> getWheels() {
        return _getPointerField(Wheel.listFactory, 2, null, 0);
      }

      public final void setWheels(StructList.Reader<Wheel.Reader> value) {
        _setPointerField(Wheel.listFactory, 2, value);
      }

      public final StructList.Builder<Wheel.Builder> initWheels(int size) {
        return _initPointerField(Wheel.listFactory, 2, size);
      }

      public final short getLength() {
        return _getShortField(2);
      }

      public final void setLength(short value) {
        _setShortField(2, value);
      }

      public final short getWidth() {
        return _getShortField(3);
      }

      public final void setWidth(short value) {
        _setShortField(3, value);
      }

      public final short getHeight() {
        return _getShortField(4);
      }

      public final void setHeight(short value) {
        _setShortField(4, value);
      }

      public final int getWeight() {
        return _getIntField(3);
      }

      public final void setWeight(int value) {
        _setIntField(3, value);
      }

      public boolean hasEngine() {
        return !_pointerFieldIsNull(3);
      }

      public final Engine.Builder getEngine() {
        return _getPointerField(Engine.factory, 3, null, 0);
      }

      public final void setEngine(Engine.Reader value) {
        _setPointerField(Engine.factory, 3, value);
      }

      public final Engine.Builder initEngine() {
        return _initPointerField(Engine.factory, 3, 0);
      }

      public final float getFuelCapacity() {
        return _getFloatField(4);
      }

      public final void setFuelCapacity(float value) {
        _setFloatField(4, value);
      }

      public final float getFuelLevel() {
        return _getFloatField(5);
      }

      public final void setFuelLevel(float value) {
        _setFloatField(5, value);
      }

      public final boolean getHasPowerWindows() {
        return _getBooleanField(80);
      }

      public final void setHasPowerWindows(boolean value) {
        _setBooleanField(80, value);
      }

      public final boolean getHasPowerSteering() {
        return _getBooleanField(81);
      }

      public final void setHasPowerSteering(boolean value) {
        _setBooleanField(81, value);
      }

      public final boolean getHasCruiseControl() {
        return _getBooleanField(82);
      }

      public final void setHasCruiseControl(boolean value) {
        _setBooleanField(82, value);
      }

      public final byte getCupHolders() {
        return _getByteField(11);
      }

      public final void setCupHolders(byte value) {
        _setByteField(11, value);
      }

      public final boolean getHasNavSystem() {
        return _getBooleanField(83);
      }

      public final void setHasNavSystem(boolean value) {
        _setBooleanField(83, value);
      }
    }
  }

  /** {@code enum Color}. */
  public enum Color {
    BLACK,
    WHITE,
    RED,
    GREEN,
    BLUE,
    CYAN,
    MAGENTA,
    YELLOW,
    SILVER,
    _NOT_IN_SCHEMA
  }

  /** {@code struct Wheel}: one data word. */
  public static final class Wheel {
    public static final StructSize STRUCT_SIZE = new StructSize((short) 1, (short) 0);
    public static final Factory factory = new Factory();
    public static final StructList.Factory<Builder, Reader> listFactory =
        new StructList.Factory<>(factory);

    private Wheel() {}

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

      public final short getDiameter() {
        return _getShortField(0);
      }

      public final float getAirPressure() {
        return _getFloatField(1);
      }

      public final boolean getSnowTires() {
        return _getBooleanField(16);
      }
    }

    public static final class Builder extends StructBuilder {
      Builder(SegmentBuilder segment, int data, int pointers, int dataSize, short pointerCount) {
        super(segment, data, pointers, dataSize, pointerCount);
      }

      public Reader asReader() {
        return new Reader(segment, data, pointers, dataSize, pointerCount, Integer.MAX_VALUE);
      }

      public final short getDiameter() {
        return _getShortField(0);
      }

      public final void setDiameter(short value) {
        _setShortField(0, value);
      }

      public final float getAirPressure() {
        return _getFloatField(1);
      }

      public final void setAirPressure(float value) {
        _setFloatField(1, value);
      }

      public final boolean getSnowTires() {
        return _getBooleanField(16);
      }

      public final void setSnowTires(boolean value) {
        _setBooleanField(16, value);
      }
    }
  }

  /** {@code struct Engine}: one data word. */
  public static final class Engine {
    public static final StructSize STRUCT_SIZE = new StructSize((short) 1, (short) 0);
    public static final Factory factory = new Factory();
    public static final StructList.Factory<Builder, Reader> listFactory =
        new StructList.Factory<>(factory);

    private Engine() {}

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

      public final short getHorsepower() {
        return _getShortField(0);
      }

      public final byte getCylinders() {
        return _getByteField(2);
      }

      public final int getCc() {
        return _getIntField(1);
      }

      public final boolean getUsesGas() {
        return _getBooleanField(24);
      }

      public final boolean getUsesElectric() {
        return _getBooleanField(25);
      }
    }

    public static final class Builder extends StructBuilder {
      Builder(SegmentBuilder segment, int data, int pointers, int dataSize, short pointerCount) {
        super(segment, data, pointers, dataSize, pointerCount);
      }

      public Reader asReader() {
        return new Reader(segment, data, pointers, dataSize, pointerCount, Integer.MAX_VALUE);
      }

      public final short getHorsepower() {
        return _getShortField(0);
      }

      public final void setHorsepower(short value) {
        _setShortField(0, value);
      }

      public final byte getCylinders() {
        return _getByteField(2);
      }

      public final void setCylinders(byte value) {
        _setByteField(2, value);
      }

      public final int getCc() {
        return _getIntField(1);
      }

      public final void setCc(int value) {
        _setIntField(1, value);
      }

      public final boolean getUsesGas() {
        return _getBooleanField(24);
      }

      public final void setUsesGas(boolean value) {
        _setBooleanField(24, value);
      }

      public final boolean getUsesElectric() {
        return _getBooleanField(25);
      }

      public final void setUsesElectric(boolean value) {
        _setBooleanField(25, value);
      }
    }
  }
}
