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

  /**
   * Indexes every node of a request once, so that emitters only look things up.
   *
   * @param request the decoded request; its readers must stay valid while the index is used
   * @throws SchemaException when a node's scope is unknown or cyclic
   */
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

  /**
   * The node with an id.
   *
   * @param id the node's id
   * @return its reader
   * @throws SchemaException when the request has no such node (a malformed request)
   */
  public Node.Reader node(long id) {
    Node.Reader n = nodes.get(id);
    if (n == null) {
      throw new SchemaException("request references unknown node " + hex(id));
    }
    return n;
  }

  /**
   * Whether the request has a node; capnp leaves out nodes nothing requested depends on.
   *
   * @param id the node's id
   * @return true when {@link #node(long)} finds it
   */
  public boolean has(long id) {
    return nodes.containsKey(id);
  }

  /**
   * Every node, in request order.
   *
   * @return the nodes, read-only
   */
  public Iterable<Node.Reader> nodes() {
    return nodes.values();
  }

  /**
   * The file that declares a node.
   *
   * @param id the node's id
   * @return the file node's id
   * @throws SchemaException when the request has no such node
   */
  public long fileOf(long id) {
    Long f = fileOf.get(id);
    if (f == null) {
      throw new SchemaException("request references unknown node " + hex(id));
    }
    return f;
  }

  /**
   * The node lexically enclosing a node. Method parameter structs have scope id 0 in the request;
   * their interface is returned, so that they are nested there.
   *
   * @param id the node's id
   * @return the enclosing node's id, or 0 for a file
   */
  public long parentOf(long id) {
    Node.Reader n = node(id);
    long scope = n.getScopeId();
    if (scope == 0 && implicitParent.containsKey(id)) {
      return implicitParent.get(id);
    }
    return scope;
  }

  /**
   * The doc comment of a node, from the request's sourceInfo.
   *
   * @param id the node's id
   * @return the comment, or null when it has none
   */
  public String doc(long id) {
    return nodeDocs.get(id);
  }

  /**
   * The doc comment of a member (field, enumerant, method) of a node.
   *
   * @param id the node's id
   * @param index the member's index in the node's list of members
   * @return the comment, or null when it has none
   */
  public String memberDoc(long id, int index) {
    List<String> docs = memberDocs.get(id);
    return docs == null || index >= docs.size() ? null : docs.get(index);
  }

  /**
   * An id as capnp writes it in messages.
   *
   * @param id any node id
   * @return {@code 0x} and the id in lower-case hex
   */
  public static String hex(long id) {
    return "0x" + Long.toHexString(id);
  }
}
