@0xa1b2c3d4e5f60802;

using Java = import "/capnp/java.capnp";
using Geo = import "/geo/point.capnp";
$Java.package("org.example.app");

struct Route {
  name @0 :Text;
  stops @1 :List(Geo.Point);
}
