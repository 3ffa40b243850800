// Invoker's copy of the project may lose the execute bit.
new File(basedir, 'fake-capnp-0.7').setExecutable(true)
return true
