package dev.rast.capnp.compiler.request;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a random valid schema file from a seed: enums, generic and plain structs with unions,
 * named unions and groups, lists, defaults, struct/list constants, annotations, interfaces with
 * inheritance, implicit generic methods and streaming, and uses of an imported file
 * ({@link #IMPORTED}). Every name is declared before use, ordinals are dense, ids unique.
 */
final class RandomSchema {
  /** The file every random schema imports as {@code Imp}. */
  static final String IMPORTED =
      """
      @0xf1e2d3c4b5a69788;
      struct Shared {
        x @0 :Int32;
        name @1 :Text;
      }
      enum Color {
        red @0;
        green @1;
        blue @2;
      }
      annotation tag(struct, field, enum, interface, method, const, union, group) :Text;
      annotation flag(*) :Void;
      const answer :Int32 = 42;
      """;

  private static final String[] PRIMS = {
    "Bool", "Int8", "Int16", "Int32", "Int64", "UInt8", "UInt16", "UInt32", "UInt64", "Float32",
    "Float64"
  };

  private final SplittableRandom r;
  private final StringBuilder out = new StringBuilder();
  private final List<String> plainStructs = new ArrayList<>();
  private final List<String> genericStructs = new ArrayList<>();
  private final List<String> enums = new ArrayList<>();
  private final List<String> interfaces = new ArrayList<>();
  /** Structs with only primitive fields: name and their field types, for struct constants. */
  private final List<String[]> simpleStructs = new ArrayList<>();

  private int counter;

  private RandomSchema(long seed) {
    r = new SplittableRandom(seed);
  }

  static String generate(long seed) {
    return new RandomSchema(seed).file();
  }

  private String file() {
    out.append(String.format("@0x%016x;%n", r.nextLong() | (1L << 63)));
    out.append("using Imp = import \"imp.capnp\";\n");
    if (r.nextBoolean()) {
      out.append("$Imp.flag;\n");
    }
    int decls = 3 + r.nextInt(6);
    for (int i = 0; i < decls; i++) {
      switch (r.nextInt(6)) {
        case 0 -> enumDecl();
        case 1, 2 -> structDecl(false);
        case 3 -> structDecl(true);
        case 4 -> interfaceDecl();
        default -> constDecl();
      }
    }
    return out.toString();
  }

  private String name(String prefix) {
    return prefix + (counter++);
  }

  private void enumDecl() {
    String n = name("E");
    out.append("enum ").append(n).append(annotation()).append(" {\n");
    int k = 1 + r.nextInt(4);
    for (int i = 0; i < k; i++) {
      out.append("  v").append(i).append(" @").append(i).append(";\n");
    }
    out.append("}\n");
    enums.add(n);
  }

  private String annotation() {
    return switch (r.nextInt(4)) {
      case 0 -> " $Imp.tag(\"t" + r.nextInt(100) + "\")";
      case 1 -> " $Imp.flag";
      default -> "";
    };
  }

  private String primValue(String type) {
    return switch (type) {
      case "Bool" -> r.nextBoolean() ? "true" : "false";
      case "Int8" -> Integer.toString(r.nextInt(256) - 128);
      case "UInt8" -> Integer.toString(r.nextInt(256));
      case "Int16" -> Integer.toString(r.nextInt(65536) - 32768);
      case "UInt16" -> Integer.toString(r.nextInt(65536));
      case "Int32" -> Integer.toString(r.nextInt());
      case "UInt32" -> Long.toString(r.nextLong(1L << 32));
      case "Int64" -> Long.toString(r.nextLong());
      case "UInt64" -> Long.toUnsignedString(r.nextLong());
      case "Float32" -> r.nextInt(5) == 0
          ? "inf"
          : r.nextInt(4) == 0 ? "-1.5e3" : Float.toString((float) r.nextDouble());
      default -> r.nextInt(5) == 0 ? "nan" : Double.toString(r.nextDouble() * 1e6);
    };
  }

  /** A field type and, sometimes, a default for it. */
  private String[] fieldType(String genericParam) {
    int pick = r.nextInt(12);
    switch (pick) {
      case 0, 1, 2 -> {
        String t = PRIMS[r.nextInt(PRIMS.length)];
        return new String[] {t, r.nextInt(3) == 0 ? primValue(t) : null};
      }
      case 3 -> {
        return new String[] {"Text", r.nextBoolean() ? "\"s" + r.nextInt(1000) + "\\n\"" : null};
      }
      case 4 -> {
        return new String[] {
          "Data",
          r.nextBoolean() ? "0x\"01 ff " + String.format("%02x", r.nextInt(256)) + "\"" : null
        };
      }
      case 5 -> {
        return new String[] {
          "List(Int32)", r.nextBoolean() ? "[1, -2, " + r.nextInt(1000) + "]" : null
        };
      }
      case 6 -> {
        return new String[] {"List(Text)", r.nextBoolean() ? "[\"a\", \"b\"]" : null};
      }
      case 7 -> {
        if (!enums.isEmpty()) {
          return new String[] {enums.get(r.nextInt(enums.size())), r.nextBoolean() ? "v0" : null};
        }
        return new String[] {"Imp.Color", r.nextBoolean() ? "blue" : null};
      }
      case 8 -> {
        if (!plainStructs.isEmpty()) {
          return new String[] {plainStructs.get(r.nextInt(plainStructs.size())), null};
        }
        return new String[] {"Imp.Shared", r.nextBoolean() ? "(x = 7, name = \"n\")" : null};
      }
      case 9 -> {
        if (genericParam != null) {
          return new String[] {genericParam, null};
        }
        if (!genericStructs.isEmpty()) {
          return new String[] {genericStructs.get(r.nextInt(genericStructs.size())) + "(Text)", null
          };
        }
        return new String[] {"AnyPointer", null};
      }
      case 10 -> {
        return new String[] {
          "List(Imp.Shared)", r.nextBoolean() ? "[(x = 1), (name = \"z\")]" : null
        };
      }
      default -> {
        if (!interfaces.isEmpty()) {
          return new String[] {interfaces.get(r.nextInt(interfaces.size())), null};
        }
        return new String[] {"Void", null};
      }
    }
  }

  private int ordinal;

  private void field(
      StringBuilder body, String indent, String genericParam, List<String> primTypes) {
    String[] t = fieldType(genericParam);
    body.append(indent)
        .append("f")
        .append(ordinal)
        .append(" @")
        .append(ordinal++)
        .append(" :")
        .append(t[0]);
    if (t[1] != null) {
      body.append(" = ").append(t[1]);
    }
    body.append(r.nextInt(5) == 0 ? " $Imp.tag(\"f\")" : "").append(";");
    if (r.nextInt(4) == 0) {
      body.append("  # doc ").append(ordinal);
    }
    body.append("\n");
    if (primTypes != null && t[1] == null) {
      for (String p : PRIMS) {
        if (p.equals(t[0])) {
          primTypes.add(t[0]);
        }
      }
    }
  }

  private void structDecl(boolean generic) {
    String n = name("S");
    String param = generic ? "T" : null;
    ordinal = 0;
    StringBuilder body = new StringBuilder();
    List<String> prims = new ArrayList<>();
    boolean onlyPrims = true;
    int members = 1 + r.nextInt(6);
    boolean unnamedUnion = false;
    for (int i = 0; i < members; i++) {
      int kind = r.nextInt(8);
      if (kind == 0 && !unnamedUnion) {
        unnamedUnion = true;
        onlyPrims = false;
        body.append("  union {\n");
        int k = 2 + r.nextInt(3);
        for (int j = 0; j < k; j++) {
          if (r.nextInt(4) == 0) {
            body.append("    g").append(counter++).append(" :group {\n");
            field(body, "      ", param, null);
            field(body, "      ", param, null);
            body.append("    }\n");
          } else {
            field(body, "    ", param, null);
          }
        }
        body.append("  }\n");
      } else if (kind == 1) {
        onlyPrims = false;
        body.append("  u")
            .append(counter++)
            .append(" :union")
            .append(r.nextBoolean() ? " $Imp.tag(\"u\")" : "")
            .append(" {\n");
        field(body, "    ", param, null);
        field(body, "    ", param, null);
        body.append("  }\n");
      } else if (kind == 2) {
        onlyPrims = false;
        body.append("  g").append(counter++).append(" :group {\n");
        field(body, "    ", param, null);
        if (r.nextBoolean()) {
          field(body, "    ", param, null);
        }
        body.append("  }\n");
      } else {
        int before = prims.size();
        field(body, "  ", param, prims);
        if (prims.size() == before) {
          onlyPrims = false;
        }
      }
    }
    out.append("struct ")
        .append(n)
        .append(generic ? "(T)" : "")
        .append(annotation())
        .append(" {  # ")
        .append(n)
        .append(" doc\n")
        .append(body);
    if (r.nextInt(3) == 0) {
      out.append("  const k")
          .append(counter++)
          .append(" :Int32 = ")
          .append(r.nextInt(1000))
          .append(";\n");
    }
    out.append("}\n");
    if (generic) {
      genericStructs.add(n);
    } else {
      plainStructs.add(n);
      if (onlyPrims && !prims.isEmpty()) {
        simpleStructs.add(prims.toArray(new String[0]));
        simpleStructs.get(simpleStructs.size() - 1)[0] = n + ":" + prims.get(0);
      }
    }
  }

  private void interfaceDecl() {
    String n = name("I");
    out.append("interface ").append(n);
    if (!interfaces.isEmpty() && r.nextBoolean()) {
      out.append(" extends(")
          .append(interfaces.get(r.nextInt(interfaces.size())))
          .append(")");
    }
    out.append(annotation()).append(" {\n");
    int k = r.nextInt(4);
    for (int i = 0; i < k; i++) {
      out.append("  m").append(i).append(" @").append(i);
      switch (r.nextInt(4)) {
        case 0 -> out.append(" [U] (x :U) -> (y :U)");
        case 1 -> out.append(" (a :Int32, b :Text = \"d\") -> stream");
        case 2 -> out.append(" (s :Imp.Shared) -> ")
            .append(plainStructs.isEmpty() ? "()" : plainStructs.get(0));
        default -> out.append(" () -> (r :Bool)");
      }
      out.append(r.nextInt(3) == 0 ? " $Imp.tag(\"m\")" : "").append(";\n");
    }
    out.append("}\n");
    interfaces.add(n);
  }

  private void constDecl() {
    String n = name("c");
    switch (r.nextInt(4)) {
      case 0 -> out.append("const ")
          .append(n)
          .append(" :List(Int32) = [")
          .append(r.nextInt(100))
          .append(", ")
          .append(r.nextInt(100))
          .append("];\n");
      case 1 -> out.append("const ")
          .append(n)
          .append(" :Imp.Shared = (x = ")
          .append(r.nextInt(100))
          .append(", name = \"c\");\n");
      case 2 -> out.append("const ")
          .append(n)
          .append(" :Int32 = .")
          .append(n)
          .append("x;\nconst ")
          .append(n)
          .append("x :Int32 = Imp.answer;\n");
      default -> {
        if (simpleStructs.isEmpty()) {
          out.append("const ")
              .append(n)
              .append(" :Text = \"t\"")
              .append(annotation())
              .append(";\n");
        } else {
          String[] s = simpleStructs.get(r.nextInt(simpleStructs.size()));
          String structName = s[0].substring(0, s[0].indexOf(':'));
          out.append("const ").append(n).append(" :").append(structName).append(" = ();\n");
        }
      }
    }
  }
}
