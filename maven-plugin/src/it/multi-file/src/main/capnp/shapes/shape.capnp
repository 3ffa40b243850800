@0xf1e2d3c4b5a69703;

using Java = import "/capnp/java.capnp";
using Color = import "color.capnp".Color;
using Units = import "/common/units.capnp";
using Ext = import "/ext/doc.capnp";
$Java.package("org.example.shapes");

struct Shape $Ext.doc("a shape, from an import path that is not compiled itself") {
  color @0 :Color;
  union {
    circle @1 :Units.Length;
    square @2 :Units.Length;
  }
}
