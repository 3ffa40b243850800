@0xb1c2d3e4f5a60901;

using Java = import "/capnp/java.capnp";
$Java.package("org.example.inc");

struct Alpha {
  id @0 :UInt32;
}
