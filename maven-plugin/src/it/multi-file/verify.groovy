def log = new File(basedir, 'build.log').text
def expect = { String s -> assert log.contains(s) : "build.log lacks: ${s}" }
def out = new File(basedir, 'target/generated-sources/capnp')

expect 'capnp: generated 4 Java files from 4 schemas into target/generated-sources/capnp'
expect 'Tests run: 2, Failures: 0, Errors: 0'
for (p in ['org/example/shapes/ShapeCapnp.java', 'org/example/shapes/ColorCapnp.java',
           'org/example/common/Units.java', 'org/example/plain/Notes.java']) {
  assert new File(out, p).isFile() : "missing ${p}"
}
// Nothing generated for the import-path-only schema or the excluded draft.
assert !new File(out, 'org/example/ext').exists() : 'import-path schema not compiled'
assert !log.contains('broken.capnp') : 'excluded schema not compiled'
return true
