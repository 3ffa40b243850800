package org.example.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rast.capnp.MessageBuilder;
import org.example.geo.Geo;
import org.junit.jupiter.api.Test;

class RouteTest {
  @Test
  void usesTheDependencysGeneratedType() {
    MessageBuilder m = new MessageBuilder();
    RouteCapnp.Route.Builder r = m.initRoot(RouteCapnp.Route._Meta.SIZE, new RouteCapnp.Route.Builder());
    r.setName("home");
    Geo.Point.Builder p = r.initStops(1).get(0);
    p.setX(1.5).setY(-2);
    assertEquals("(name = \"home\", stops = [(x = 1.5, y = -2)])", r.asReader().toString());
  }
}
