@0xf1e2d3c4b5a69702;

using Java = import "/capnp/java.capnp";
$Java.package("org.example.shapes");

struct Color {
  r @0 :UInt8;
  g @1 :UInt8;
  b @2 :UInt8;
}
