@0xc1d2e3f4a5b60a02;

using Java = import "/capnp/java.capnp";
$Java.package("org.example.bad");

struct Broken {
  a @0 :Int32;
  b @1 :NoSuchType;
}
