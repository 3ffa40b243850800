/**
 * The code generator's entry points. {@link dev.rast.capnp.compiler.CapnpcJavaRast} is the {@code
 * capnp compile} plugin (the request comes on standard input); {@link
 * dev.rast.capnp.compiler.Generator} turns a request into Java files and returns them instead of
 * writing them, so that the plugin, the Maven plugin and the tests each choose where they go.
 * Errors are a {@link dev.rast.capnp.compiler.SchemaException} whose message is the line the user
 * sees.
 *
 * <p>The stages, one package each. The pure-Java schema compiler, which lets the Maven plugin and
 * {@code capnpc-java-rast compile} run without {@code capnp}: {@code parse}, {@code resolve} (with
 * {@code layout} and {@code ids}) and {@code request}, schema files in, a {@code
 * CodeGeneratorRequest} out. The generator: {@code model} indexes the request, {@code naming}
 * places every node in a Java class and {@code emit} builds the Java source. {@code schema} holds
 * the request's readers and builders, generated from schema.capnp by this generator itself.
 */
package dev.rast.capnp.compiler;
