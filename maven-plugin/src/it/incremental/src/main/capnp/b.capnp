@0xb1c2d3e4f5a60902;

using Java = import "/capnp/java.capnp";
$Java.package("org.example.inc");

struct Beta {
  name @0 :Text;
}
