# Schema of the messages OracleMessage assembles, to show arbitrary scalars to `capnp decode`.
@0xd3b9a6c81f2e4a57;

struct Scalars {
  f32 @0 :List(Float32);
  f64 @1 :List(Float64);
  texts @2 :List(Text);
  datas @3 :List(Data);
  colors @4 :List(Color);
}

enum Color {
  red @0;
  green @1;
}
