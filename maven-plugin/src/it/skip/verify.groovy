def log = new File(basedir, 'build.log').text
def expect = { String s -> assert log.contains(s) : "build.log lacks: ${s}" }

// Build 1: skipped, even though the schema is broken.
expect 'capnp: skipped'
assert !new File(basedir, 'target/generated-sources/capnp').exists() : 'nothing generated'

// Build 2: the goal prefix resolves and the help documents every parameter.
expect 'rast:generate'
for (p in ['sourceDirectory', 'includes', 'excludes', 'importPaths', 'outputDirectory',
           'capnpExecutable', 'defaultPackage', 'skip', 'packageSchemas']) {
  assert log =~ /(?m)^\s+${p}( \(Default:|$)/ : "help lacks parameter ${p}"
}
expect 'User property: capnp.skip'
expect 'User property: capnp.executable'
return true
