package org.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rast.capnp.MessageBuilder;
import dev.rast.capnp.StructListBuilder;
import org.example.book.Book;
import org.junit.jupiter.api.Test;

class AddressBookTest {
  @Test
  void buildsAndReadsWithGeneratedClasses() {
    MessageBuilder m = new MessageBuilder();
    Book.AddressBook.Builder book = m.initRoot(Book.AddressBook._Meta.SIZE, new Book.AddressBook.Builder());
    StructListBuilder<Book.Person.Builder> people = book.initPeople(1);
    Book.Person.Builder alice = people.get(0);
    alice.setName("Alice").setEmail("alice@example.org");
    alice.initPhones(1).get(0).setNumber("555-1212").setType(Book.Person.Phone.Type.MOBILE);

    Book.AddressBook.Reader r = book.asReader();
    assertEquals("Alice", r.getPeople().get(0).getName());
    assertEquals(Book.Person.Phone.Type.MOBILE, r.getPeople().get(0).getPhones().get(0).getType());
    assertEquals("(people = [(name = \"Alice\", email = \"alice@example.org\","
        + " phones = [(number = \"555-1212\", type = mobile)])])", r.toString());
  }
}
