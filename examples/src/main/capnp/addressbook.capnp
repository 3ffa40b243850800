# The schema of the examples. rast-maven-plugin generates dev.rast.examples.book.Book from it
# (target/generated-sources/capnp) when the module builds.
@0xf42bb3162a6fda86;

using Java = import "/capnp/java.capnp";
$Java.package("dev.rast.examples.book");
$Java.outerClassname("Book");

struct Person {
  id @0 :UInt32;
  name @1 :Text;
  email @2 :Text;
  phones @3 :List(PhoneNumber);

  struct PhoneNumber {
    number @0 :Text;
    type @1 :Type;

    enum Type {
      mobile @0;
      home @1;
      work @2;
    }
  }

  employment :union {
    unemployed @4 :Void;
    employer @5 :Text;
    school @6 :Text;
  }
}

struct AddressBook {
  people @0 :List(Person);
}

# One sensor reading: the message of the packed-stream and hot-loop examples.
struct Reading {
  sensor @0 :Text;
  time @1 :Int64;        # milliseconds since the epoch
  celsius @2 :Float64;
}
