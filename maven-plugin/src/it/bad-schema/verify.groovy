def log = new File(basedir, 'build.log').text
def expect = { String s -> assert log.contains(s) : "build.log lacks: ${s}" }
def bad = new File(basedir, 'src/main/capnp/bad.capnp').canonicalPath

// The Java schema compiler's message (capnp's wording), located, at Maven's ERROR level.
expect "[ERROR] ${bad}:8:9: Not defined: NoSuchType"
expect 'The schema compiler rejected the schemas in src/main/capnp (1 error, shown above)'
assert !new File(basedir, 'target/generated-sources/capnp').exists() : 'nothing generated'
// A build failure, not a crash: no stack trace once the plugin has started.
def fromPlugin = log.substring(log.indexOf('--- rast-maven-plugin'))
assert !(fromPlugin =~ /(?m)^\s+at [a-z]/) : 'no stack trace'
return true
