def log = new File(basedir, 'build.log').text
def file = { String p -> new File(basedir, p) }

assert log.contains('Tests run: 1, Failures: 0, Errors: 0') : 'app test ran'
// app got lib's schema out of lib's jar and generated only its own file.
assert file('app/target/capnp-imports/geo/point.capnp').isFile() : 'lib schema extracted from lib.jar'
assert file('app/target/generated-sources/capnp/org/example/app/RouteCapnp.java').isFile() : 'app source generated'
assert !file('app/target/generated-sources/capnp/org/example/geo').exists() : 'lib types not generated again'
return true
