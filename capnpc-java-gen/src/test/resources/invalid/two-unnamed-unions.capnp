@0xd3b4e5f6a7b8c9d1;
struct S {
  union {
    a @0 :Int32;
    b @1 :Int32;
  }
  union {
    c @2 :Int32;
    d @3 :Int32;
  }
}
