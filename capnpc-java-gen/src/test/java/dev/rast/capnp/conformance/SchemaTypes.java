package dev.rast.capnp.conformance;

import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageReader;
import dev.rast.capnp.StructSize;
import dev.rast.capnp.compiler.model.SchemaIndex;
import dev.rast.capnp.compiler.schema.Schema.CodeGeneratorRequest;
import dev.rast.capnp.compiler.schema.Schema.Node;
import dev.rast.testschema.Test;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * test.capnp's schema (from the committed CodeGeneratorRequest) joined with the generated classes
 * of it: node id to generated class (through each class's {@code _Meta.TYPE_ID}) and the names
 * capnp's tools accept for each struct type.
 */
final class SchemaTypes {
  private static final String FILE = "capnp/test.capnp";
  private static SchemaTypes instance;

  final SchemaIndex index;
  /** Generated outer class (struct, group or enum) by node id. */
  private final Map<Long, Class<?>> classes = new HashMap<>();

  private SchemaTypes() {
    MessageReader m =
        Framing.read(Official.le(Official.resource("requests/test.bin")), new MessageReader());
    index = new SchemaIndex(m.getRoot(new CodeGeneratorRequest.Reader()));
    for (Class<?> file : new Class<?>[] {
      Test.class,
      dev.rast.testschema.Schema.class,
      dev.rast.testschema.Stream.class,
      dev.rast.testschema.TestImportCapnp.class,
      dev.rast.testschema.TestImport2Capnp.class
    }) {
      collect(file);
    }
  }

  static synchronized SchemaTypes get() {
    if (instance == null) {
      instance = new SchemaTypes();
    }
    return instance;
  }

  private void collect(Class<?> outer) {
    for (Class<?> c : outer.getDeclaredClasses()) {
      if (c.getSimpleName().equals("_Meta")) {
        try {
          classes.put(c.getField("TYPE_ID").getLong(null), outer);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(c + " has no TYPE_ID", e);
        }
      } else if (!c.getSimpleName().equals("Reader") && !c.getSimpleName().equals("Builder")) {
        collect(c);
      }
    }
  }

  /**
   * Every non-group struct that capnp's tools can name, by the name {@link CapnpTool} takes: the
   * type name ({@code TestGenerics.Inner2}) for test.capnp, {@code FILE:TYPE} ({@code
   * capnp/schema.capnp:Node}) for the files it imports. Method parameter and result structs ({@code
   * foo$Params}) have no name the tools accept and are left out.
   */
  Map<String, Long> structsByCapnpName() {
    Map<String, Long> out = new TreeMap<>();
    for (Node.Reader n : index.nodes()) {
      if (n.which() != Node.Which.STRUCT || n.getStruct().getIsGroup()) {
        continue;
      }
      String display = n.getDisplayName();
      int colon = display.indexOf(':');
      String name = display.startsWith(FILE + ":") ? display.substring(colon + 1) : display;
      if (!name.contains("$")) {
        out.put(name, n.getId());
      }
    }
    return out;
  }

  Node.Reader node(long id) {
    return index.node(id);
  }

  /** The generated class of node {@code id}. */
  Class<?> classOf(long id) {
    Class<?> c = classes.get(id);
    if (c == null) {
      throw new IllegalStateException("no generated class for " + index.node(id).getDisplayName());
    }
    return c;
  }

  Class<?> readerClass(long id) {
    return nested(classOf(id), "Reader");
  }

  Class<?> builderClass(long id) {
    return nested(classOf(id), "Builder");
  }

  StructSize size(long id) {
    try {
      Field f = nested(classOf(id), "_Meta").getField("SIZE");
      return (StructSize) f.get(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  <T> T newInstance(Class<?> c) {
    try {
      return (T) c.getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Class<?> nested(Class<?> outer, String name) {
    for (Class<?> c : outer.getDeclaredClasses()) {
      if (c.getSimpleName().equals(name)) {
        return c;
      }
    }
    throw new IllegalStateException(outer + " has no nested " + name);
  }

  /** All struct names, for parameterized tests. */
  static List<String> names() {
    return new ArrayList<>(get().structsByCapnpName().keySet());
  }
}
