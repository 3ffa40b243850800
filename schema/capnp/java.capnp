@0xc5f1af96651f70ea;

annotation package @0x9ee4c8f803b3b596 (file) :Text;
# The Java package the classes of this schema file are generated in.

annotation outerClassname @0x9b066bb4881f7cd3 (file) :Text;
# The name of the outer class that holds every type of this schema file.
