@0xd3b4e5f6a7b8c9d1;
struct G(T) {
  a @0 :List(T);
}
