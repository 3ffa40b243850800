@0xf1e2d3c4b5a69704;
# No $Java.package: the plugin's defaultPackage applies.

struct Note {
  text @0 :Text;
}
