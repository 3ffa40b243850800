package dev.rast.bench.std;

import dev.rast.bench.std.capnp.Carsales.Car;
import dev.rast.bench.std.capnp.Carsales.Color;
import dev.rast.bench.std.capnp.Carsales.Engine;
import dev.rast.bench.std.capnp.Carsales.ParkingLot;
import dev.rast.bench.std.capnp.Carsales.TotalValue;
import dev.rast.bench.std.capnp.Carsales.Wheel;
import dev.rast.capnp.MessageBuilder;
import dev.rast.capnp.MessageReader;
import dev.rast.capnp.StructListBuilder;
import dev.rast.capnp.StructListReader;

/**
 * carsales with rast-java: the request is a parking lot of up to 199 random cars, the response
 * their total value. One set of flyweights is re-pointed throughout.
 */
public final class CarSalesRast implements Round {
  private final FastRand rand;
  private final Mode mode;
  private final RastChannel requests;
  private final RastChannel responses;

  private final ParkingLot.Builder lotBuilder = new ParkingLot.Builder();
  private final StructListBuilder<Car.Builder> carsBuilder =
      new StructListBuilder<>(Car.Builder::new);
  private final Car.Builder carBuilder = new Car.Builder();
  private final StructListBuilder<Wheel.Builder> wheelsBuilder =
      new StructListBuilder<>(Wheel.Builder::new);
  private final Wheel.Builder wheelBuilder = new Wheel.Builder();
  private final Engine.Builder engineBuilder = new Engine.Builder();
  private final TotalValue.Builder totalBuilder = new TotalValue.Builder();

  private final ParkingLot.Reader lotReader = new ParkingLot.Reader();
  private final StructListReader<Car.Reader> carsReader = new StructListReader<>(Car.Reader::new);
  private final Car.Reader carReader = new Car.Reader();
  private final StructListReader<Wheel.Reader> wheelsReader =
      new StructListReader<>(Wheel.Reader::new);
  private final Wheel.Reader wheelReader = new Wheel.Reader();
  private final Engine.Reader engineReader = new Engine.Reader();
  private final TotalValue.Reader totalReader = new TotalValue.Reader();

  private long lastAmount;

  /** An implementation drawing its requests from {@code seed}. */
  public CarSalesRast(Mode mode, boolean reuse, int seed) {
    this.rand = new FastRand(seed);
    this.mode = mode;
    this.requests = new RastChannel(reuse, mode == Mode.PACKED);
    this.responses = new RastChannel(reuse, mode == Mode.PACKED);
  }

  @Override
  public long run() {
    MessageBuilder requestMessage = requests.builder();
    long expected = setupRequest(requestMessage.initRoot(ParkingLot._Meta.SIZE, lotBuilder));
    MessageBuilder responseMessage = responses.builder();
    TotalValue.Builder response = responseMessage.initRoot(TotalValue._Meta.SIZE, totalBuilder);
    long amount;
    long bytes = 0;
    if (mode == Mode.OBJECT) {
      handleRequest(lotBuilder.asReader(lotReader), response);
      amount = response.asReader(totalReader).getAmount();
    } else {
      MessageReader atServer = requests.send(requestMessage);
      handleRequest(atServer.getRoot(lotReader), response);
      MessageReader atClient = responses.send(responseMessage);
      amount = atClient.getRoot(totalReader).getAmount();
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
    int n = rand.nextInt(200);
    StructListBuilder<Car.Builder> cars = lot.initCars(n, carsBuilder);
    long total = 0;
    for (int i = 0; i < n; i++) {
      Car.Builder car = cars.get(i, carBuilder);
      randomCar(car);
      total += carValue(car.asReader(carReader));
    }
    return total;
  }

  private void randomCar(Car.Builder car) {
    car.setMake(CarSalesValues.MAKES[rand.nextInt(CarSalesValues.MAKES.length)]);
    car.setModel(CarSalesValues.MODELS[rand.nextInt(CarSalesValues.MODELS.length)]);
    car.setColor(Color.fromValue(rand.nextInt(CarSalesValues.COLORS)));
    car.setSeats((byte) (2 + rand.nextInt(6)));
    car.setDoors((byte) (2 + rand.nextInt(3)));
    StructListBuilder<Wheel.Builder> wheels = car.initWheels(4, wheelsBuilder);
    for (int i = 0; i < 4; i++) {
      Wheel.Builder wheel = wheels.get(i, wheelBuilder);
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
    Engine.Builder engine = car.initEngine(engineBuilder);
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

  private void handleRequest(ParkingLot.Reader lot, TotalValue.Builder response) {
    StructListReader<Car.Reader> cars = lot.getCars(carsReader);
    long total = 0;
    for (int i = 0, n = cars.size(); i < n; i++) {
      total += carValue(cars.get(i, carReader));
    }
    response.setAmount(total);
  }

  private long carValue(Car.Reader car) {
    long value = 0;
    value += (car.getSeats() & 0xFF) * 200;
    value += (car.getDoors() & 0xFF) * 350;
    StructListReader<Wheel.Reader> wheels = car.getWheels(wheelsReader);
    for (int i = 0, n = wheels.size(); i < n; i++) {
      Wheel.Reader wheel = wheels.get(i, wheelReader);
      int diameter = wheel.getDiameter() & 0xFFFF;
      value += diameter * diameter;
      value += wheel.getSnowTires() ? 100 : 0;
    }
    value +=
        (car.getLength() & 0xFFFF) * (car.getWidth() & 0xFFFF) * (car.getHeight() & 0xFFFF) / 50;
    Engine.Reader engine = car.getEngine(engineReader);
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
}
