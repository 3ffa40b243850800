@0xd3b4e5f6a7b8c9d1;
struct S {
  u @0 :union {
    a @1 :Int32;
    b @2 :Int32;
  }
}
