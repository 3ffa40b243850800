package dev.rast.capnp.compiler;

import dev.rast.capnp.DecodeException;
import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageReader;
import dev.rast.capnp.ReaderOptions;
import dev.rast.capnp.compiler.emit.FileEmitter;
import dev.rast.capnp.compiler.model.SchemaIndex;
import dev.rast.capnp.compiler.naming.ClassNames;
import dev.rast.capnp.compiler.schema.Schema.CodeGeneratorRequest;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The in-process generator: {@code CodeGeneratorRequest} bytes in, Java files out. The plugin's
 * {@code main}, the Maven plugin and the tests all call this; none of it touches the filesystem.
 */
public final class Generator {
  /** The version stamped into generated files. */
  public static final String VERSION = "0.1.0";

  private Generator() {}

  /**
   * Generates the Java files of every file the request asks for.
   *
   * @param request a framed {@code CodeGeneratorRequest} (what {@code capnp compile -o-} writes)
   * @param options where schema files without {@code $Java.package} go
   * @return one file per requested schema file, in request order
   * @throws SchemaException naming the file and node when something cannot be generated
   */
  public static List<GeneratedFile> generate(ByteBuffer request, GeneratorOptions options) {
    CodeGeneratorRequest.Reader req;
    SchemaIndex index;
    try {
      MessageReader m = Framing.read(request, new MessageReader(new ReaderOptions(1L << 40, 64)));
      req = m.getRoot(new CodeGeneratorRequest.Reader());
      index = new SchemaIndex(req);
    } catch (DecodeException e) {
      throw new SchemaException("malformed CodeGeneratorRequest: " + e.getMessage());
    }
    ClassNames names = new ClassNames(index, options);
    FileEmitter emitter = new FileEmitter(index, names, VERSION);
    List<GeneratedFile> out = new ArrayList<>();
    for (CodeGeneratorRequest.RequestedFile.Reader file : req.getRequestedFiles()) {
      try {
        out.add(emitter.emit(file.getId()));
      } catch (DecodeException e) {
        throw new SchemaException(
            file.getFilename() + ": malformed schema node: " + e.getMessage());
      }
    }
    return out;
  }
}
