@0xc1d2e3f4a5b60a01;

using Java = import "/capnp/java.capnp";
$Java.package("org.example.bad");

struct Fine {
  x @0 :Int32;
}
