@0xd5a8c6f3e1b2a401;

using Java = import "/capnp/java.capnp";
$Java.package("org.example.book");
$Java.outerClassname("Book");

struct Person {
  name @0 :Text;
  email @1 :Text;
  phones @2 :List(Phone);

  struct Phone {
    number @0 :Text;
    type @1 :Type;

    enum Type {
      mobile @0;
      home @1;
      work @2;
    }
  }
}

struct AddressBook {
  people @0 :List(Person);
}
