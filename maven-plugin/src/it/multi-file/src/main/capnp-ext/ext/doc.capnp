@0xf1e2d3c4b5a69705;
# Only imported (an annotation), never compiled: it lives on an import path.

annotation doc(*) :Text;
