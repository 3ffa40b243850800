def log = new File(basedir, 'build.log').text
def expect = { String s -> assert log.contains(s) : "build.log lacks: ${s}" }

// Build 1: no capnp at the configured path.
expect "Cannot run the Cap'n Proto compiler '${basedir.canonicalPath}/no/such/capnp'"
expect 'Debian/Ubuntu:     sudo apt-get install capnproto'
expect 'macOS (Homebrew):  brew install capnp'
expect '<capnpExecutable>/path/to/capnp</capnpExecutable>'
// Build 2: a capnp older than 0.8.
expect "fake-capnp-0.7' is version 0.7.0, too old for rast-maven-plugin, which needs 0.8.0 or newer."
// Build failures, not crashes: no stack trace once the plugin has started.
def fromPlugin = log.substring(log.indexOf('--- rast-maven-plugin'))
assert !(fromPlugin =~ /(?m)^\s+at [a-z]/) : 'no stack trace'
return true
