// All three builds write to the one build.log, in order.
def log = new File(basedir, 'build.log').text
def first = log.indexOf('capnp: generated 2 Java files from 2 schemas')
def second = log.indexOf('capnp: 2 schemas unchanged, target/generated-sources/capnp is up to date')
def third = log.indexOf('capnp: generated 1 Java file from 1 schema')
assert first >= 0 : 'build 1 generates'
assert second > first : 'build 2 does no work'
assert third > second : 'build 3 regenerates'
assert log.substring(third).contains('1 stale removed') : 'build 3 reports the removed output'

def out = new File(basedir, 'target/generated-sources/capnp/org/example/inc')
assert new File(out, 'A.java').text.contains('getLabel()') : 'the edit reached the generated code'
assert !new File(out, 'B.java').exists() : 'outputs of the deleted schema are removed'
return true
