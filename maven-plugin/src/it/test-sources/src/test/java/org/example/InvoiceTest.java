package org.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rast.capnp.MessageBuilder;
import org.example.fixtures.Fixtures;
import org.example.money.Money;
import org.junit.jupiter.api.Test;

class InvoiceTest {
  @Test
  void testSchemaUsesMainSchema() {
    MessageBuilder m = new MessageBuilder();
    Fixtures.Invoice.Builder inv = m.initRoot(Fixtures.Invoice._Meta.SIZE, new Fixtures.Invoice.Builder());
    inv.setNumber(17);
    Money.Amount.Builder total = inv.initTotal();
    total.setCurrency("EUR").setCents(1250);
    assertEquals("(number = 17, total = (currency = \"EUR\", cents = 1250))", inv.asReader().toString());
  }
}
