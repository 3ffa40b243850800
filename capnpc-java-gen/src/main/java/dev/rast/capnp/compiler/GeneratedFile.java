package dev.rast.capnp.compiler;

/**
 * One generated Java source file.
 *
 * @param path relative path under the output directory, by package ({@code org/example/Foo.java})
 * @param content the Java source text
 */
public record GeneratedFile(String path, String content) {}
