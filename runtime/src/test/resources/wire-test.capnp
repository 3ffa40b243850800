# Schema for the wire-level tests: each root type has one pointer whose declared type decides
# which list encoding the reader expects, so `capnp decode` can judge hand-made bytes.
@0xd2e4c9d1a3f5b7ca;

struct Void1 { l @0 :List(Void); }
struct Bool1 { l @0 :List(Bool); }
struct U8s { l @0 :List(UInt8); }
struct U16s { l @0 :List(UInt16); }
struct U32s { l @0 :List(UInt32); }
struct U64s { l @0 :List(UInt64); }
struct Texts { l @0 :List(Text); }

# A struct whose first field is a UInt32 (so a List(UInt32) can be read as List(Elem)).
struct Elem { a @0 :UInt32; b @1 :UInt64; t @2 :Text; }
struct Elems { l @0 :List(Elem); }

struct Txt { t @0 :Text; }
struct Node { v @0 :UInt64; next @1 :Node; }
struct Any { p @0 :AnyPointer; }
