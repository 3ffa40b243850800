package dev.rast.bench.std;

import dev.rast.bench.std.proto.Car;
import dev.rast.bench.std.proto.CarOrBuilder;
import dev.rast.bench.std.proto.Color;
import dev.rast.bench.std.proto.Engine;
import dev.rast.bench.std.proto.EngineOrBuilder;
import dev.rast.bench.std.proto.ParkingLot;
import dev.rast.bench.std.proto.TotalValue;
import dev.rast.bench.std.proto.Wheel;
import dev.rast.bench.std.proto.WheelOrBuilder;

/** carsales with protobuf-java, the same requests as {@link CarSalesRast} for the same seed. */
public final class CarSalesProtobuf implements Round {
  private final FastRand rand;
  private final ProtoExchange<ParkingLot, TotalValue> exchange;
  private long lastAmount;

  /** An implementation drawing its requests from {@code seed}. */
  public CarSalesProtobuf(Mode mode, boolean reuse, int seed) {
    this.rand = new FastRand(seed);
    this.exchange = new ProtoExchange<>(
        mode, reuse, ParkingLot.parser(), TotalValue.parser(), CarSalesProtobuf::handleRequest);
  }

  @Override
  public long run() {
    ParkingLot.Builder lot = ParkingLot.newBuilder();
    long expected = setupRequest(lot);
    ParkingLot request = lot.build();
    long amount = exchange.round(request).getAmount();
    if (amount != expected) {
      throw new IllegalStateException("carsales: total " + amount + ", expected " + expected);
    }
    lastAmount = amount;
    return exchange.bytes();
  }

  @Override
  public long responseDigest() {
    return lastAmount;
  }

  private long setupRequest(ParkingLot.Builder lot) {
    int n = rand.nextInt(200);
    long total = 0;
    for (int i = 0; i < n; i++) {
      Car.Builder car = lot.addCarsBuilder();
      randomCar(car);
      total += carValue(car);
    }
    return total;
  }

  private void randomCar(Car.Builder car) {
    car.setMake(CarSalesValues.MAKES[rand.nextInt(CarSalesValues.MAKES.length)]);
    car.setModel(CarSalesValues.MODELS[rand.nextInt(CarSalesValues.MODELS.length)]);
    car.setColor(Color.forNumber(rand.nextInt(CarSalesValues.COLORS)));
    car.setSeats(2 + rand.nextInt(6));
    car.setDoors(2 + rand.nextInt(3));
    for (int i = 0; i < 4; i++) {
      Wheel.Builder wheel = car.addWheelsBuilder();
      wheel.setDiameter(25 + rand.nextInt(15));
      wheel.setAirPressure((float) (30 + rand.nextDouble(20)));
      wheel.setSnowTires(rand.nextInt(16) == 0);
    }
    int length = 170 + rand.nextInt(150);
    int width = 48 + rand.nextInt(36);
    int height = 54 + rand.nextInt(48);
    car.setLength(length);
    car.setWidth(width);
    car.setHeight(height);
    car.setWeight(length * width * height / 200);
    Engine.Builder engine = car.getEngineBuilder();
    engine.setHorsepower(100 * rand.nextInt(400));
    engine.setCylinders(4 + 2 * rand.nextInt(3));
    engine.setCc(800 + rand.nextInt(10000));
    engine.setUsesGas(true);
    engine.setUsesElectric(rand.nextInt(2) != 0);
    float capacity = (float) (10.0 + rand.nextDouble(30.0));
    car.setFuelCapacity(capacity);
    car.setFuelLevel((float) rand.nextDouble(capacity));
    car.setHasPowerWindows(rand.nextInt(2) != 0);
    car.setHasPowerSteering(rand.nextInt(2) != 0);
    car.setHasCruiseControl(rand.nextInt(2) != 0);
    car.setCupHolders(rand.nextInt(12));
    car.setHasNavSystem(rand.nextInt(2) != 0);
  }

  private static TotalValue handleRequest(ParkingLot lot) {
    long total = 0;
    for (int i = 0, n = lot.getCarsCount(); i < n; i++) {
      total += carValue(lot.getCars(i));
    }
    return TotalValue.newBuilder().setAmount(total).build();
  }

  private static long carValue(CarOrBuilder car) {
    long value = 0;
    value += car.getSeats() * 200L;
    value += car.getDoors() * 350L;
    for (int i = 0, n = car.getWheelsCount(); i < n; i++) {
      WheelOrBuilder wheel = car.getWheelsOrBuilder(i);
      int diameter = wheel.getDiameter();
      value += diameter * diameter;
      value += wheel.getSnowTires() ? 100 : 0;
    }
    value += car.getLength() * car.getWidth() * car.getHeight() / 50;
    EngineOrBuilder engine = car.getEngineOrBuilder();
    value += engine.getHorsepower() * 40L;
    if (engine.getUsesElectric()) {
      value += engine.getUsesGas() ? 5000 : 3000;
    }
    value += car.getHasPowerWindows() ? 100 : 0;
    value += car.getHasPowerSteering() ? 200 : 0;
    value += car.getHasCruiseControl() ? 400 : 0;
    value += car.getHasNavSystem() ? 2000 : 0;
    value += car.getCupHolders() * 25L;
    return value;
  }
}
