package org.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rast.capnp.MessageBuilder;
import org.example.common.Units;
import org.example.plain.Notes;
import org.example.shapes.ShapeCapnp;
import org.junit.jupiter.api.Test;

class ShapeTest {
  @Test
  void typesFromThreeFilesWorkTogether() {
    MessageBuilder m = new MessageBuilder();
    ShapeCapnp.Shape.Builder s = m.initRoot(ShapeCapnp.Shape._Meta.SIZE, new ShapeCapnp.Shape.Builder());
    s.initColor().setR((byte) 255);
    s.initCircle().setValue(2.5).setUnit(Units.Unit.INCH);
    assertEquals(ShapeCapnp.Shape.Which.CIRCLE, s.asReader().which());
    assertEquals("(color = (r = 255, g = 0, b = 0), circle = (value = 2.5, unit = inch))", s.asReader().toString());
  }

  @Test
  void fileWithoutPackageUsesDefaultPackage() {
    MessageBuilder m = new MessageBuilder();
    Notes.Note.Builder n = m.initRoot(Notes.Note._Meta.SIZE, new Notes.Note.Builder());
    n.setText("hi");
    assertEquals("hi", n.asReader().getText());
  }
}
