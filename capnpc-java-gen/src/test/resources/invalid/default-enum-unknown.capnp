@0xd3b4e5f6a7b8c9d1;
enum E {
  a @0;
}
struct S {
  e @0 :E = b;
}
