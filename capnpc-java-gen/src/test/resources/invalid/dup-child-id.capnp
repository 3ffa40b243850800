@0xd3b4e5f6a7b8c9d1;
struct S @0xe3b4e5f6a7b8c9d1 {}
struct T @0xe3b4e5f6a7b8c9d1 {}
