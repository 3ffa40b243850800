# Java code generation annotations for Cap'n Proto schemas.
#
# Import it from a schema as `using Java = import "/capnp/java.capnp";`. The file id and the
# annotation ids match capnproto-java's java.capnp, so a schema written for capnproto-java compiles
# unchanged with rast-java, and the other way round. The file is self-contained: it imports nothing.
#
# It ships inside the rast-runtime jar at this same path (capnp/java.capnp); the rast Maven plugin
# puts it on the import path, so the import above resolves without any configuration.

@0xc5f1af96651f70ea;

annotation package @0x9ee4c8f803b3b596 (file) :Text;
# The Java package the classes of this schema file are generated in, e.g.
# `$Java.package("org.example.wire");`. Without it, the generator uses the package it was configured
# with (the Maven plugin's <defaultPackage>), and fails when there is none.

annotation outerClassname @0x9b066bb4881f7cd3 (file) :Text;
# The name of the one outer class that holds every type of this schema file, e.g.
# `$Java.outerClassname("Wire");`. Without it, the generator derives the name from the file name in
# UpperCamelCase (`address_book.capnp` -> `AddressBook`).
