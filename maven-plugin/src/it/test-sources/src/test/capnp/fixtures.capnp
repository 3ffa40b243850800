@0xe3c0a1d2b4f50602;

using Java = import "/capnp/java.capnp";
using Money = import "/money.capnp";
$Java.package("org.example.fixtures");

struct Invoice {
  # A test-only schema that uses a main schema's type.
  number @0 :UInt32;
  total @1 :Money.Amount;
}
