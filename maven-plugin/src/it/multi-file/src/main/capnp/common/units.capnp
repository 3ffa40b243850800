@0xf1e2d3c4b5a69701;

using Java = import "/capnp/java.capnp";
$Java.package("org.example.common");

enum Unit {
  millimeter @0;
  inch @1;
}

struct Length {
  value @0 :Float64;
  unit @1 :Unit;
}
