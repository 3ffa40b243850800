// All three builds write to the one build.log, in order.
def log = new File(basedir, 'build.log').text
def first = log.indexOf('capnp: generated 2 Java files from 2 schemas')
def second = log.indexOf('capnp: 2 schemas unchanged, target/generated-sources/capnp is up to date')
def third = log.indexOf('capnp: generated 1 Java file from 1 schema')
assert first >= 0 : 'build 1 generates'
assert second > first : 'build 2 does no work'
assert third > second : 'build 3 regenerates'
assert log.substring(third).contains('1 stale removed with ') : 'build 3 reports the removed output and its classes'

def out = new File(basedir, 'target/generated-sources/capnp/org/example/inc')
assert new File(out, 'A.java').text.contains('getLabel()') : 'the edit reached the generated code'
assert !new File(out, 'B.java').exists() : 'outputs of the deleted schema are removed'

// The compiler and the resources plugin leave the outputs of a deleted input behind; the plugin
// removes them, so the jar does not package a schema that no longer exists.
def classes = new File(basedir, 'target/classes')
def left = []
classes.eachFileRecurse { f -> if (f.name ==~ /B(\$.*)?\.class/ || f.name == 'b.capnp') left << f }
assert left.isEmpty() : "left in target/classes: ${left}"
assert new File(classes, 'org/example/inc/A.class').exists() : 'the remaining schema is compiled'
assert new File(classes, 'a.capnp').exists() : 'the remaining schema is packaged'
return true
