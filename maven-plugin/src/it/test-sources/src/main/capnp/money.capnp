@0xe3c0a1d2b4f50601;

using Java = import "/capnp/java.capnp";
$Java.package("org.example.money");

struct Amount {
  currency @0 :Text;
  cents @1 :Int64;
}
