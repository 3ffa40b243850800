@0xa1b2c3d4e5f60801;

using Java = import "/capnp/java.capnp";
$Java.package("org.example.geo");
$Java.outerClassname("Geo");

struct Point {
  x @0 :Float64;
  y @1 :Float64;
}
