package dev.rast.bench.std;

import dev.rast.bench.capnpjava.CarsalesCapnp.Car;
import dev.rast.bench.capnpjava.CarsalesCapnp.Color;
import dev.rast.bench.capnpjava.CarsalesCapnp.Engine;
import dev.rast.bench.capnpjava.CarsalesCapnp.ParkingLot;
import dev.rast.bench.capnpjava.CarsalesCapnp.TotalValue;
import dev.rast.bench.capnpjava.CarsalesCapnp.Wheel;
import org.capnproto.MessageBuilder;
import org.capnproto.StructList;
import org.capnproto.Text;

/**
 * carsales with capnproto-java, the same requests as {@link CarSalesRast} for the same seed. Used
 * as upstream's capnproto-java benchmark uses it: readers and builders per access, makes and models
 * as {@link Text.Reader} constants.
 */
public final class CarSalesCapnpJava implements Round {
  private static final Text.Reader[] MAKES = texts(CarSalesValues.MAKES);
  private static final Text.Reader[] MODELS = texts(CarSalesValues.MODELS);
  private static final Color[] COLORS = Color.values();

  private final FastRand rand;
  private final Mode mode;
  private final CapnpJavaChannel requests;
  private final CapnpJavaChannel responses;
  private long lastAmount;

  /** An implementation drawing its requests from {@code seed}. */
  public CarSalesCapnpJava(Mode mode, boolean reuse, int seed) {
    this.rand = new FastRand(seed);
    this.mode = mode;
    this.requests = new CapnpJavaChannel(reuse, mode == Mode.PACKED);
    this.responses = new CapnpJavaChannel(reuse, mode == Mode.PACKED);
  }

  @Override
  public long run() {
    MessageBuilder requestMessage = requests.builder();
    ParkingLot.Builder lot = requestMessage.initRoot(ParkingLot.factory);
    long expected = setupRequest(lot);
    MessageBuilder responseMessage = responses.builder();
    TotalValue.Builder response = responseMessage.initRoot(TotalValue.factory);
    long amount;
    long bytes = 0;
    if (mode == Mode.OBJECT) {
      handleRequest(lot.asReader(), response);
      amount = response.asReader().getAmount();
    } else {
      handleRequest(requests.send(requestMessage).getRoot(ParkingLot.factory), response);
      amount = responses.send(responseMessage).getRoot(TotalValue.factory).getAmount();
      bytes = requests.sentBytes() + responses.sentBytes();
    }
    if (amount != expected) {
      throw new IllegalStateException("carsales: total " + amount + ", expected " + expected);
    }
    lastAmount = amount;
    return bytes;
  }

  @Override
  public byte[] lastWire() {
    return mode == Mode.OBJECT
        ? new byte[0]
        : Round.concat(requests.lastWire(), responses.lastWire());
  }

  @Override
  public long responseDigest() {
    return lastAmount;
  }

  private long setupRequest(ParkingLot.Builder lot) {
    StructList.Builder<Car.Builder> cars = lot.initCars(rand.nextInt(200));
    long total = 0;
    for (int i = 0, n = cars.size(); i < n; i++) {
      Car.Builder car = cars.get(i);
      randomCar(car);
      total += carValue(car.asReader());
    }
    return total;
  }

  private void randomCar(Car.Builder car) {
    car.setMake(MAKES[rand.nextInt(MAKES.length)]);
    car.setModel(MODELS[rand.nextInt(MODELS.length)]);
    car.setColor(COLORS[rand.nextInt(CarSalesValues.COLORS)]);
    car.setSeats((byte) (2 + rand.nextInt(6)));
    car.setDoors((byte) (2 + rand.nextInt(3)));
    StructList.Builder<Wheel.Builder> wheels = car.initWheels(4);
    for (int i = 0; i < 4; i++) {
      Wheel.Builder wheel = wheels.get(i);
      wheel.setDiameter((short) (25 + rand.nextInt(15)));
      wheel.setAirPressure((float) (30 + rand.nextDouble(20)));
      wheel.setSnowTires(rand.nextInt(16) == 0);
    }
    int length = 170 + rand.nextInt(150);
    int width = 48 + rand.nextInt(36);
    int height = 54 + rand.nextInt(48);
    car.setLength((short) length);
    car.setWidth((short) width);
    car.setHeight((short) height);
    car.setWeight(length * width * height / 200);
    Engine.Builder engine = car.initEngine();
    engine.setHorsepower((short) (100 * rand.nextInt(400)));
    engine.setCylinders((byte) (4 + 2 * rand.nextInt(3)));
    engine.setCc(800 + rand.nextInt(10000));
    engine.setUsesGas(true);
    engine.setUsesElectric(rand.nextInt(2) != 0);
    float capacity = (float) (10.0 + rand.nextDouble(30.0));
    car.setFuelCapacity(capacity);
    car.setFuelLevel((float) rand.nextDouble(capacity));
    car.setHasPowerWindows(rand.nextInt(2) != 0);
    car.setHasPowerSteering(rand.nextInt(2) != 0);
    car.setHasCruiseControl(rand.nextInt(2) != 0);
    car.setCupHolders((byte) rand.nextInt(12));
    car.setHasNavSystem(rand.nextInt(2) != 0);
  }

  private static void handleRequest(ParkingLot.Reader lot, TotalValue.Builder response) {
    long total = 0;
    for (Car.Reader car : lot.getCars()) {
      total += carValue(car);
    }
    response.setAmount(total);
  }

  private static long carValue(Car.Reader car) {
    long value = 0;
    value += (car.getSeats() & 0xFF) * 200;
    value += (car.getDoors() & 0xFF) * 350;
    for (Wheel.Reader wheel : car.getWheels()) {
      int diameter = wheel.getDiameter() & 0xFFFF;
      value += diameter * diameter;
      value += wheel.getSnowTires() ? 100 : 0;
    }
    value +=
        (car.getLength() & 0xFFFF) * (car.getWidth() & 0xFFFF) * (car.getHeight() & 0xFFFF) / 50;
    Engine.Reader engine = car.getEngine();
    value += (engine.getHorsepower() & 0xFFFF) * 40;
    if (engine.getUsesElectric()) {
      value += engine.getUsesGas() ? 5000 : 3000;
    }
    value += car.getHasPowerWindows() ? 100 : 0;
    value += car.getHasPowerSteering() ? 200 : 0;
    value += car.getHasCruiseControl() ? 400 : 0;
    value += car.getHasNavSystem() ? 2000 : 0;
    value += (car.getCupHolders() & 0xFF) * 25;
    return value;
  }

  private static Text.Reader[] texts(String[] values) {
    Text.Reader[] t = new Text.Reader[values.length];
    for (int i = 0; i < values.length; i++) {
      t[i] = new Text.Reader(values[i]);
    }
    return t;
  }
}
