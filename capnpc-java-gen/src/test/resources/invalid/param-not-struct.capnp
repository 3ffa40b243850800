@0xd3b4e5f6a7b8c9d1;
interface I {
  m @0 Int32 -> ();
}
