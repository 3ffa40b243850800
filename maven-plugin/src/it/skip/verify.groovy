def log = new File(basedir, 'build.log').text
assert log.contains('capnp: skipped') : 'the goal says it skipped'
assert !new File(basedir, 'target/generated-sources/capnp').exists() : 'nothing generated'
return true
