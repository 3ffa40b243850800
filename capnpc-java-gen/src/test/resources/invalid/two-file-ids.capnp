@0xd3b4e5f6a7b8c9d1;
@0xe3b4e5f6a7b8c9d2;
struct S {}
