@0xd3b4e5f6a7b8c9d1;
interface I {
  a @1 () -> ();
}
