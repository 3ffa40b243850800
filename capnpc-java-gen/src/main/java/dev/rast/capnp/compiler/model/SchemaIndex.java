package dev.rast.capnp.compiler.model;

import dev.rast.capnp.StructListReader;
import dev.rast.capnp.compiler.SchemaException;
import dev.rast.capnp.compiler.schema.Schema.CodeGeneratorRequest;
import dev.rast.capnp.compiler.schema.Schema.Node;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request indexed once: nodes by id, which file each node belongs to, and doc comments. After
 * construction it is read-only; emitters only look things up here.
 */
public final class SchemaIndex {
  private final Map<Long, Node.Reader> nodes = new LinkedHashMap<>();
  private final Map<Long, String> nodeDocs = new HashMap<>();
  private final Map<Long, List<String>> memberDocs = new HashMap<>();
  private final Map<Long, Long> fileOf = new HashMap<>();
  /** Parents of nodes whose scope id is 0 but that belong somewhere: method parameter structs. */
  private final Map<Long, Long> implicitParent = new HashMap<>();

  /** Indexes every node of {@code request}. */
  public SchemaIndex(CodeGeneratorRequest.Reader request) {
    for (Node.Reader node : request.getNodes()) {
      nodes.put(node.getId(), node);
    }
    for (Node.SourceInfo.Reader info : request.getSourceInfo()) {
      if (info.hasDocComment()) {
        nodeDocs.put(info.getId(), info.getDocComment());
      }
      StructListReader<Node.SourceInfo.Member.Reader> members = info.getMembers();
      java.util.ArrayList<String> docs = new java.util.ArrayList<>(members.size());
      for (Node.SourceInfo.Member.Reader member : members) {
        docs.add(member.hasDocComment() ? member.getDocComment() : null);
      }
      memberDocs.put(info.getId(), docs);
    }
    for (Node.Reader node : nodes.values()) {
      if (node.which() == Node.Which.INTERFACE) {
        for (dev.rast.capnp.compiler.schema.Schema.Method.Reader m :
            node.getInterface().getMethods()) {
          implicitParent.put(m.getParamStructType(), node.getId());
          implicitParent.put(m.getResultStructType(), node.getId());
        }
      }
    }
    for (Node.Reader node : nodes.values()) {
      fileOf.put(node.getId(), findFile(node));
    }
  }

  private long findFile(Node.Reader node) {
    Node.Reader at = node;
    for (int depth = 0; depth < 1000; depth++) {
      if (at.which() == Node.Which.FILE) {
        return at.getId();
      }
      long scope = at.getScopeId();
      if (scope == 0 && implicitParent.containsKey(at.getId())) {
        scope = implicitParent.get(at.getId());
      }
      Node.Reader parent = nodes.get(scope);
      if (parent == null) {
        throw new SchemaException(
            "node " + node.getDisplayName() + " has an unknown scope " + hex(at.getScopeId()));
      }
      at = parent;
    }
    throw new SchemaException("node " + node.getDisplayName() + " has cyclic scopes");
  }

  /** The node with {@code id}; a missing node is a malformed request. */
  public Node.Reader node(long id) {
    Node.Reader n = nodes.get(id);
    if (n == null) {
      throw new SchemaException("request references unknown node " + hex(id));
    }
    return n;
  }

  /** Whether the request has a node with {@code id}. */
  public boolean has(long id) {
    return nodes.containsKey(id);
  }

  /** Every node, in request order. */
  public Iterable<Node.Reader> nodes() {
    return nodes.values();
  }

  /** The id of the file that declares node {@code id}. */
  public long fileOf(long id) {
    Long f = fileOf.get(id);
    if (f == null) {
      throw new SchemaException("request references unknown node " + hex(id));
    }
    return f;
  }

  /** The id of the node lexically enclosing {@code id} (method parameter structs: their interface), or 0. */
  public long parentOf(long id) {
    Node.Reader n = node(id);
    long scope = n.getScopeId();
    if (scope == 0 && implicitParent.containsKey(id)) {
      return implicitParent.get(id);
    }
    return scope;
  }

  /** The doc comment of node {@code id}, or null. */
  public String doc(long id) {
    return nodeDocs.get(id);
  }

  /** The doc comment of member {@code index} (field, enumerant, method) of node {@code id}, or null. */
  public String memberDoc(long id, int index) {
    List<String> docs = memberDocs.get(id);
    return docs == null || index >= docs.size() ? null : docs.get(index);
  }

  /** {@code 0x...} for messages. */
  public static String hex(long id) {
    return "0x" + Long.toHexString(id);
  }
}
