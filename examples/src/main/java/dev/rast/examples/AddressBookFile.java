package dev.rast.examples;

import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageBuilder;
import dev.rast.capnp.MessageReader;
import dev.rast.capnp.StructListBuilder;
import dev.rast.examples.book.Book.AddressBook;
import dev.rast.examples.book.Book.Person;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes an address book to a file as one Cap'n Proto message and reads it back: the everyday
 * use of generated code, with convenience getters that return {@code String}s.
 *
 * <p>Run: {@code java -cp examples/target/classes:runtime/target/classes
 * dev.rast.examples.AddressBookFile [FILE]} (default: a temporary file, deleted afterwards).
 */
public final class AddressBookFile {
  private AddressBookFile() {}

  public static void main(String[] args) throws IOException {
    Path file = args.length > 0 ? Path.of(args[0]) : Files.createTempFile("addressbook-", ".bin");
    try {
      write(file);
      System.out.println("wrote " + Files.size(file) + " bytes to "
          + (args.length > 0 ? file : "a temporary file"));
      read(file);
    } finally {
      if (args.length == 0) {
        Files.deleteIfExists(file);
      }
    }
  }

  /** Builds the book in a {@link MessageBuilder} and writes it, framed, to {@code file}. */
  static void write(Path file) throws IOException {
    MessageBuilder message = new MessageBuilder();
    AddressBook.Builder book = message.initRoot(new AddressBook.Builder());
    StructListBuilder<Person.Builder> people = book.initPeople(2);

    Person.Builder alice = people.get(0);
    alice.setId(123).setName("Alice").setEmail("alice@example.com");
    StructListBuilder<Person.PhoneNumber.Builder> alicePhones = alice.initPhones(1);
    alicePhones.get(0).setNumber("555-1212").setType(Person.PhoneNumber.Type.MOBILE);
    alice.getEmployment().setSchool("MIT");

    Person.Builder bob = people.get(1);
    bob.setId(456).setName("Bob").setEmail("bob@example.com");
    StructListBuilder<Person.PhoneNumber.Builder> bobPhones = bob.initPhones(2);
    bobPhones.get(0).setNumber("555-4567").setType(Person.PhoneNumber.Type.HOME);
    bobPhones.get(1).setNumber("555-7654").setType(Person.PhoneNumber.Type.WORK);
    bob.getEmployment().setUnemployed();

    try (OutputStream out = Files.newOutputStream(file)) {
      Framing.write(message, out);
    }
  }

  /** Reads the book back from {@code file} and prints every person. */
  static void read(Path file) throws IOException {
    MessageReader message = new MessageReader();
    try (InputStream in = Files.newInputStream(file)) {
      if (!Framing.read(in, message)) {
        throw new IOException(file + " holds no message");
      }
    }
    AddressBook.Reader book = message.getRoot(new AddressBook.Reader());
    for (Person.Reader person : book.getPeople()) {
      System.out.println(person.getName() + " <" + person.getEmail() + ">, id "
          + Integer.toUnsignedLong(person.getId()));
      for (Person.PhoneNumber.Reader phone : person.getPhones()) {
        System.out.println("  " + phone.getType().name().toLowerCase(java.util.Locale.ROOT)
            + " phone: " + phone.getNumber());
      }
      Person.Employment.Reader employment = person.getEmployment();
      switch (employment.which()) {
        case UNEMPLOYED -> System.out.println("  unemployed");
        case EMPLOYER -> System.out.println("  employer: " + employment.getEmployer());
        case SCHOOL -> System.out.println("  student at: " + employment.getSchool());
        default -> System.out.println("  (employment unknown to this schema version)");
      }
    }
    // Every reader prints as `capnp decode --short` would.
    System.out.println(book);
  }
}
