package dev.rast.bench.std;

/** The constants carsales draws from, shared by both implementations. */
final class CarSalesValues {
  static final String[] MAKES = {"Toyota", "GM", "Ford", "Honda", "Tesla"};
  static final String[] MODELS = {"Camry", "Prius", "Volt", "Accord", "Leaf", "Model S"};
  /** Number of colors in the schema's enum. */
  static final int COLORS = 9;

  private CarSalesValues() {}
}
