import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').text
def expect = { String s -> assert log.contains(s) : "build.log lacks: ${s}" }
def file = { String p -> new File(basedir, p) }

assert log =~ /rast-maven-plugin:[^:]+:generate-test/ : 'generate-test ran'
expect 'capnp: generated 1 Java file from 1 schema into target/generated-test-sources/capnp'
expect 'Tests run: 1, Failures: 0, Errors: 0'

assert file('target/generated-test-sources/capnp/org/example/fixtures/Fixtures.java').isFile() : 'test source generated'
assert file('target/generated-sources/capnp/org/example/money/Money.java').isFile() : 'main source generated'
// Test classes and test schemas stay out of the main jar; the main schema is in it.
def jar = new ZipFile(file('target/test-sources-1.0.jar'))
try {
  assert jar.getEntry('money.capnp') != null : 'main schema packaged'
  assert jar.getEntry('fixtures.capnp') == null : 'test schema not packaged'
  assert jar.entries().toList().every { !it.name.startsWith('org/example/fixtures/') } : 'no test classes in the jar'
} finally {
  jar.close()
}
return true
