@0xd3b4e5f6a7b8c9d1;
using X = import "nowhere.capnp";
struct S {
  a @0 :X.T;
}
