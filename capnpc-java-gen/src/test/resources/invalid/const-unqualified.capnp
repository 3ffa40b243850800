@0xd3b4e5f6a7b8c9d1;
const a :Int32 = 1;
const b :Int32 = a;
