/**
 * rast-maven-plugin: Cap'n Proto code generation in a Maven build.
 *
 * <p>The goals {@link dev.rast.capnp.maven.GenerateMojo generate} and {@link
 * dev.rast.capnp.maven.GenerateTestMojo generate-test} share one flow ({@link
 * dev.rast.capnp.maven.AbstractGenerateMojo}): find the schemas ({@link
 * dev.rast.capnp.maven.SchemaFiles}), collect the schemas of dependencies ({@link
 * dev.rast.capnp.maven.DependencySchemas}), hash every input ({@link
 * dev.rast.capnp.maven.Fingerprint}) and stop when the hash matches the one stored by the last
 * run ({@link dev.rast.capnp.maven.GenerationState}); otherwise run {@code capnp compile -o-} once
 * for all schemas ({@link dev.rast.capnp.maven.CapnpCommand}, {@link
 * dev.rast.capnp.maven.CapnpTool}), generate in-process with the rast-capnpc library, and bring
 * the output directory in line with the result ({@link dev.rast.capnp.maven.OutputSync}).
 *
 * <p>Every failure the user can cause (no capnp, an old capnp, a schema error) ends the build with
 * a {@link org.apache.maven.plugin.MojoFailureException} whose message says what to do; nothing
 * here lets a stack trace reach the console. Mojos are thread-safe for parallel builds: they keep
 * no static state.
 */
package dev.rast.capnp.maven;
