@0xd3b4e5f6a7b8c9d1;
struct T {
  x @0 :Int32;
}
struct S {
  a @0 :T = (1, 2);
}
