package dev.rast.capnp.compiler.naming;

import com.palantir.javapoet.ClassName;
import dev.rast.capnp.compiler.GeneratorOptions;
import dev.rast.capnp.compiler.SchemaException;
import dev.rast.capnp.compiler.model.SchemaIndex;
import dev.rast.capnp.compiler.schema.Schema.Field;
import dev.rast.capnp.compiler.schema.Schema.Method;
import dev.rast.capnp.compiler.schema.Schema.Node;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The Java class of every node: the file's outer class, then nested classes by scope. Decided
 * once for the whole request, so a type imported from another file resolves to the same name its
 * own file generates.
 *
 * <p>Clash rules (documented in the README): the outer class is the file name in UpperCamelCase, or
 * {@code $Java.outerClassname}; when a top-level type has that name, {@code Capnp} is appended.
 * Within a class, a nested name that equals a reserved name ({@code Reader}, {@code Builder},
 * {@code Which}, {@code _Meta}), an enclosing class's name or an earlier nested name gets {@code _}
 * appended until it is free. Groups are nested classes named after the field; an interface
 * method's parameter and result structs are {@code MethodParams} / {@code MethodResults}.
 */
public final class ClassNames {
  /**
   * The id of capnproto-java's {@code $Java.package} annotation: matched by id, so schemas written
   * for capnproto-java generate unchanged.
   */
  public static final long JAVA_PACKAGE = 0x9ee4c8f803b3b596L;

  /** The id of {@code $Java.outerClassname}, which overrides the outer class's name. */
  public static final long JAVA_OUTER_CLASSNAME = 0x9b066bb4881f7cd3L;

  private final SchemaIndex index;
  private final GeneratorOptions options;
  private final Map<Long, ClassName> names = new HashMap<>();
  private final Map<ClassName, Set<String>> usedNested = new HashMap<>();
  private final Map<Long, String> fileNames = new HashMap<>();

  /**
   * Names for the nodes of one request; names are computed a file at a time on first use, as
   * a clash can only be settled with all of the file's nodes in view.
   *
   * @param index the indexed request
   * @param options where the default package comes from
   */
  public ClassNames(SchemaIndex index, GeneratorOptions options) {
    this.index = index;
    this.options = options;
    for (Node.Reader node : index.nodes()) {
      if (node.which() == Node.Which.FILE) {
        fileNames.put(node.getId(), node.getDisplayName());
      }
    }
  }

  /**
   * The file name of a file node, for messages.
   *
   * @param fileId a file node's id
   * @return the name as capnp reports it, or the hex id when the request does not name the file
   */
  public String fileName(long fileId) {
    String n = fileNames.get(fileId);
    return n == null ? SchemaIndex.hex(fileId) : n;
  }

  /**
   * The Java class of a node, computing its file's names on first use.
   *
   * @param id any node's id
   * @return the class; the same on every call
   * @throws SchemaException when the node has no place in a Java class
   */
  public ClassName of(long id) {
    ClassName c = names.get(id);
    if (c == null) {
      nameFile(index.fileOf(id));
      c = names.get(id);
      if (c == null) {
        Node.Reader n = index.node(id);
        throw new SchemaException(fileName(index.fileOf(id)) + ": " + n.getDisplayName()
            + ": cannot place this node in a Java class");
      }
    }
    return c;
  }

  /**
   * The Java package of a schema file.
   *
   * @param fileId a file node's id
   * @return its {@code $Java.package}, else the default package of the options
   * @throws SchemaException when there is neither
   */
  public String packageOf(long fileId) {
    Node.Reader file = index.node(fileId);
    String pkg = annotationText(file, JAVA_PACKAGE);
    if (pkg == null) {
      pkg = options.defaultPackage();
    }
    if (pkg == null) {
      throw new SchemaException(fileName(fileId)
          + ": no Java package: add `using Java = import \"/capnp/java.capnp\"; $Java.package(\"org.example\");`"
          + " to the file, or set " + GeneratorOptions.PACKAGE_ENV
          + " (the Maven plugin: <defaultPackage>)");
    }
    return pkg;
  }

  private void nameFile(long fileId) {
    if (names.containsKey(fileId)) {
      return;
    }
    Node.Reader file = index.node(fileId);
    String outer = annotationText(file, JAVA_OUTER_CLASSNAME);
    if (outer == null) {
      outer = Names.outerClassFromFile(fileName(fileId));
      for (Node.NestedNode.Reader nested : file.getNestedNodes()) {
        if (Names.upperCamel(nested.getName()).equals(outer)) {
          outer = outer + "Capnp";
          break;
        }
      }
    }
    ClassName outerClass = ClassName.get(packageOf(fileId), outer);
    names.put(fileId, outerClass);
    nameChildren(file, outerClass);
  }

  private void nameChildren(Node.Reader node, ClassName cls) {
    for (Node.NestedNode.Reader nested : node.getNestedNodes()) {
      if (!index.has(nested.getId())) {
        continue; // a node of an imported file the request left out
      }
      Node.Reader child = index.node(nested.getId());
      ClassName c = allocate(cls, Names.upperCamel(nested.getName()));
      names.put(child.getId(), c);
      nameChildren(child, c);
    }
    if (node.which() == Node.Which.STRUCT) {
      for (Field.Reader field : node.getStruct().getFields()) {
        if (field.which() == Field.Which.GROUP) {
          long groupId = field.getGroup().getTypeId();
          ClassName c = allocate(cls, Names.upperCamel(field.getName()));
          names.put(groupId, c);
          nameChildren(index.node(groupId), c);
        }
      }
    }
    if (node.which() == Node.Which.INTERFACE) {
      for (Method.Reader method : node.getInterface().getMethods()) {
        nameImplicit(method.getParamStructType(), cls, method.getName() + "Params");
        nameImplicit(method.getResultStructType(), cls, method.getName() + "Results");
      }
    }
  }

  /** Method parameter/result structs that no scope lists (their scope id is 0). */
  private void nameImplicit(long structId, ClassName iface, String name) {
    if (!index.has(structId) || names.containsKey(structId)) {
      return;
    }
    Node.Reader s = index.node(structId);
    if (s.getScopeId() != 0) {
      return; // a named struct used as params: it has its own scope
    }
    ClassName c = allocate(iface, Names.upperCamel(name));
    names.put(structId, c);
    nameChildren(s, c);
  }

  private ClassName allocate(ClassName scope, String wanted) {
    Set<String> used = usedNested.computeIfAbsent(scope, k -> new HashSet<>(Names.RESERVED_NESTED));
    Set<String> enclosing = new HashSet<>();
    for (ClassName c = scope; c != null; c = c.enclosingClassName()) {
      enclosing.add(c.simpleName());
    }
    String name = wanted;
    while (used.contains(name) || enclosing.contains(name)) {
      name = name + "_";
    }
    used.add(name);
    return scope.nestedClass(name);
  }

  /**
   * The Text value of an annotation.
   *
   * @param node the annotated node
   * @param id the annotation's id
   * @return the text, or null when the node does not carry the annotation with a text value
   */
  public static String annotationText(Node.Reader node, long id) {
    for (dev.rast.capnp.compiler.schema.Schema.Annotation.Reader a : node.getAnnotations()) {
      if (a.getId() == id && a.hasValue() && a.getValue().hasText()) {
        return a.getValue().getText();
      }
    }
    return null;
  }
}
