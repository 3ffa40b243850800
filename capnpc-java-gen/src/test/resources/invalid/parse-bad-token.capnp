@0xd3b4e5f6a7b8c9d1;
struct S {
  a @0 :Int32 = ;
}
