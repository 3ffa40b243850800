package dev.rast.capnp.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rast.capnp.compiler.naming.Names;
import dev.rast.capnp.compiler.schema.Schema.Field;
import dev.rast.capnp.compiler.schema.Schema.Node;
import dev.rast.capnp.compiler.schema.Schema.Type;
import dev.rast.testschema.Test;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compiled-in values against {@code capnp eval}: every constant of test.capnp, and the default of
 * every field that declares one (plus every field of TestAllTypes, whose defaults are the zero
 * values), read through the generated constant or the generated getter of an empty struct, print
 * exactly as {@code capnp eval --short} (and, for structs and lists, {@code capnp eval}) prints
 * them, generic values through their brands included. AnyPointer and capability values are
 * skipped.
 */
class EvalTest {
  private static final String FILE = "capnp/test.capnp";

  @TestFactory
  Stream<DynamicTest> constantsPrintAsCapnpEvals() {
    SchemaTypes schema = SchemaTypes.get();
    ValuePrinter printer = new ValuePrinter(schema);
    List<DynamicTest> tests = new ArrayList<>();
    for (Node.Reader n : schema.index.nodes()) {
      if (n.which() != Node.Which.CONST || !n.getDisplayName().startsWith(FILE + ":")) {
        continue;
      }
      String name = n.getDisplayName().substring(FILE.length() + 1);
      Type.Reader type = n.getConst().getType();
      tests.add(DynamicTest.dynamicTest(name, () -> {
        Assumptions.assumeFalse(
            type.which() == Type.Which.VOID, "Void constants have no Java field");
        Assumptions.assumeFalse(ValuePrinter.untyped(type), "AnyPointer or capability value");
        Class<?> owner = schema.index.node(n.getScopeId()).which() == Node.Which.FILE
            ? Test.class
            : schema.classOf(n.getScopeId());
        String simple = name.substring(name.lastIndexOf('.') + 1);
        Object value = owner.getField(Names.upperSnake(simple)).get(null);
        check(name, printer, value, type);
      }));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> fieldDefaultsPrintAsCapnpEvals() {
    SchemaTypes schema = SchemaTypes.get();
    ValuePrinter printer = new ValuePrinter(schema);
    List<DynamicTest> tests = new ArrayList<>();
    for (Node.Reader n : schema.index.nodes()) {
      if (n.which() != Node.Which.STRUCT
          || !n.getDisplayName().startsWith(FILE + ":")
          || n.getDisplayName().contains("$")) {
        continue;
      }
      String struct = n.getDisplayName().substring(FILE.length() + 1);
      for (Field.Reader f : n.getStruct().getFields()) {
        if (f.which() != Field.Which.SLOT) {
          continue;
        }
        if (!f.getSlot().getHadExplicitDefault() && !struct.equals("TestAllTypes")) {
          continue;
        }
        Type.Reader type = f.getSlot().getType();
        String name = struct + "." + f.getName();
        tests.add(DynamicTest.dynamicTest(name, () -> {
          Assumptions.assumeFalse(ValuePrinter.untyped(type), "AnyPointer or capability value");
          Assumptions.assumeFalse(type.which() == Type.Which.VOID, "Void fields have no getter");
          Object reader = schema.newInstance(schema.readerClass(n.getId()));
          Object value =
              reader.getClass().getMethod("get" + Names.accessor(f.getName())).invoke(reader);
          check(name, printer, value, type);
        }));
      }
    }
    return tests.stream();
  }

  private static void check(String name, ValuePrinter printer, Object value, Type.Reader type) {
    CapnpTool capnp = CapnpTool.require();
    String theirs = capnp.eval(name, true);
    if (type.which() == Type.Which.FLOAT32) {
      // capnp eval prints a Float32 on its own widened to a double (2e30 -> 2.0000000300949324e30);
      // inside structs and lists it prints Float32 as decode does. Compare the numbers.
      assertEquals(
          Float.floatToIntBits((Float) value),
          Float.floatToIntBits(parseFloat(theirs.strip())),
          name);
      return;
    }
    assertEquals(theirs, printer.shortText(value, type) + "\n", name);
    if (type.which() == Type.Which.STRUCT || type.which() == Type.Which.LIST) {
      assertEquals(
          capnp.eval(name, false), printer.prettyText(value, type) + "\n", name + " (pretty)");
    }
  }

  private static float parseFloat(String s) {
    switch (s) {
      case "inf":
        return Float.POSITIVE_INFINITY;
      case "-inf":
        return Float.NEGATIVE_INFINITY;
      case "nan":
        return Float.NaN;
      default:
        return (float) Double.parseDouble(s);
    }
  }
}
