import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').text
def expect = { String s -> assert log.contains(s) : "build.log lacks: ${s}" }
def file = { String p -> new File(basedir, p) }

expect 'capnp: generated 1 Java file from 1 schema into target/generated-sources/capnp'
expect 'Tests run: 1, Failures: 0, Errors: 0'

def generated = file('target/generated-sources/capnp/org/example/book/Book.java')
assert generated.isFile() : "missing ${generated}"
assert generated.text.contains('Generated from org/example/addressbook.capnp') : 'header names the schema by its path'

// The schema is packaged at its path relative to src/main/capnp, for downstream imports.
def jar = new ZipFile(file('target/basic-1.0.jar'))
try {
  assert jar.getEntry('org/example/addressbook.capnp') != null : 'schema packaged at the jar root'
  assert jar.getEntry('org/example/book/Book$AddressBook.class') != null : 'generated classes compiled'
} finally {
  jar.close()
}
// The import of /capnp/java.capnp came from the rast-runtime dependency's jar.
assert file('target/capnp-imports/capnp/java.capnp').isFile() : 'java.capnp extracted from rast-runtime'
return true
