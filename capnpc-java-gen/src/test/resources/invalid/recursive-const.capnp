@0xd3b4e5f6a7b8c9d1;
const a :Int32 = .b;
const b :Int32 = .a;
